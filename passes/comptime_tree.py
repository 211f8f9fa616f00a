"""Tree helpers of the comptime pass that need nothing but the syntax tree (no runtime library)."""

from __future__ import annotations

import posixpath
from typing import Any

from . import jsast as A

_PLAIN = (A.NumberLit, A.StringLit, A.BoolLit)


def is_comptime_call(node: Any) -> bool:
    """``comptime(...)`` written in the source (the global, not a shadowing binding)."""
    return (isinstance(node, A.Call) and isinstance(node.callee, A.Identifier) and node.callee.name == "comptime"
            and node.callee.binding < 0)


def children(node: Any) -> list[Any]:
    """The direct child nodes of ``node`` (in field order)."""
    out: list[Any] = []
    for name in getattr(node, "__dataclass_fields__", {}):
        if name == "span":
            continue
        value = getattr(node, name)
        if isinstance(value, A.Node):
            out.append(value)
        elif isinstance(value, list):
            out.extend(v for v in value if isinstance(v, A.Node))
    return out


def find_calls(module: A.Module) -> tuple[list[A.Call], list[A.Identifier]]:
    """The calls to fold (those not nested in another call's argument), in source order, and every bare
    ``comptime`` that is not called."""
    calls: list[A.Call] = []
    bare: list[A.Identifier] = []
    stack: list[Any] = list(reversed(module.body))
    while stack:
        node = stack.pop()
        if is_comptime_call(node):
            calls.append(node)
            continue
        if isinstance(node, A.Identifier) and node.name == "comptime" and node.binding < 0:
            bare.append(node)
            continue
        stack.extend(reversed(children(node)))
    calls.sort(key=lambda c: (c.span[0], c.span[1]))
    return calls, bare


def exported_consts(module: A.Module) -> list[A.Declarator]:
    """The ``export const name = ...`` declarators of a module (simple names only)."""
    out = []
    for stmt in module.body:
        if isinstance(stmt, A.VarDecl) and stmt.exported and stmt.kind == "const":
            out.extend(d for d in stmt.declarations
                       if isinstance(d.target, A.Identifier) and d.target.binding >= 0 and d.init is not None)
    return out


def is_plain_literal(e: Any) -> bool:
    """A literal whose value needs no evaluation to be known (numbers, strings, booleans, and arrays and
    objects of them with plain keys)."""
    if isinstance(e, _PLAIN):
        return True
    if isinstance(e, A.Unary):
        return e.op == "-" and isinstance(e.operand, A.NumberLit)
    if isinstance(e, A.TemplateLit):
        return not e.exprs
    if isinstance(e, A.ArrayLit):
        return all(is_plain_literal(x) for x in e.elements)
    if isinstance(e, A.ObjectLit):
        return all(isinstance(p, A.Property) and not p.computed and isinstance(p.key, str)
                   and not isinstance(p.value, A.Function) and is_plain_literal(p.value) for p in e.properties)
    return False


def resolve_relative(importer: str, specifier: str, candidates: set[str]) -> str | None:
    """The module path a relative specifier names, among the modules whose outputs are available."""
    if not specifier.startswith(("./", "../")):
        return None
    base = posixpath.normpath(posixpath.join(posixpath.dirname(importer), specifier))
    if base in candidates:
        return base
    for ext in (".ts", ".tsx", ".js", ".jsx"):
        if base + ext in candidates:
            return base + ext
    return None
