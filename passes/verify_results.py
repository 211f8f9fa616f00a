"""Result safety (SPEC §13.3, ZT0704) over the handler and every function reachable from it.

What is known about ``r.ok`` at a read comes from the type checker: the type it stores for an expression is
the one in force where the expression is evaluated, with every narrowing of SPEC §6.3 applied (``if``,
early returns, ``?:``, ``&&``, ``||``, ``match`` arms on ``{ ok: true }``, assignments forgetting). A read of
``.value`` is safe when no member of that type is a failed Result; ``.error``/``.errors`` when no member is
a successful one.

Reachability: starting at the handler, every binding a reachable function refers to is followed to its
declaration (function declarations, ``const``/``let`` initialisers such as route tables, imports resolved
through the module graph), and every function inside reached code is reachable: called functions,
callbacks, route handlers, components and thunks alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import jsast as A
from . import types as T
from .codegen.render import source
from .comptime_env import resolve_relative
from .diagnostics import Diagnostic, error
from .verify_walk import walk, walk_function_body

HELP_704 = ("test '{r}.ok' first: read '.value' where it is true and '.error' or '.errors' where it is false "
            "(if, early return, '?:', '&&' or a match arm on {{ ok: true }})")
_FAILED_PROPS = ("error", "errors")


def result_states(t: T.Type | None) -> set[str] | None:
    """For a Result type (SPEC §11.9), which outcomes its members allow: "ok" and/or "failed"; None when
    ``t`` is not a Result (or a narrowed part of one)."""
    if t is None:
        return None
    states: set[str] = set()
    for member in T.members(T.remove_undefined(t)):
        m = T.expand(member)
        if not isinstance(m, T.Obj):
            return None
        ok = m.prop("ok")
        if ok is None or not isinstance(ok.type, T.Lit) or ok.type.kind != "boolean":
            return None
        if ok.type.value is True and m.prop("value") is not None:
            states.add("ok")
        elif ok.type.value is False and any(m.prop(p) is not None for p in _FAILED_PROPS):
            states.add("failed")
        else:
            return None
    return states or None


def unsafe_read(prop: str, t: T.Type | None) -> bool:
    """Whether reading ``prop`` of a value of type ``t`` needs an ``ok`` check first."""
    states = result_states(t)
    if states is None:
        return False
    if prop == "value":
        return "failed" in states
    if prop in _FAILED_PROPS:
        return "ok" in states
    return False


@dataclass
class Program:
    """What reachability needs: every module's folded tree and its type table."""

    modules: dict[str, A.Module]
    tables: dict[str, Any]
    declarations: dict[str, dict[int, Any]] = field(default_factory=dict)
    toplevel: dict[str, dict[str, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for path, module in self.modules.items():
            decls: dict[int, Any] = {}
            for node in walk(module):
                if isinstance(node, A.FunctionDecl) and node.function.name_id is not None:
                    decls[node.function.name_id.binding] = node.function
                elif isinstance(node, A.Declarator) and node.init is not None:
                    for ident in walk(node.target):
                        if isinstance(ident, A.Identifier) and ident.binding >= 0:
                            decls.setdefault(ident.binding, node.init)
            self.declarations[path] = decls
            self.toplevel[path] = {b.name: i for i, b in enumerate(module.bindings) if b.function == -1}

    def target(self, path: str, binding: int) -> tuple[str, Any] | None:
        """The declaration a reference leads to (following imports into other modules)."""
        b = self.modules[path].bindings[binding]
        if b.kind == "import":
            resolved = resolve_relative(path, b.import_source, set(self.modules))
            if resolved is None:
                return None
            index = self.toplevel[resolved].get(b.import_name)
            if index is None:
                return None
            return self.target(resolved, index)
        node = self.declarations[path].get(binding)
        return (path, node) if node is not None else None


def reachable_functions(program: Program, path: str, handler: A.Function) -> list[tuple[str, A.Function]]:
    """The handler and every function reachable from it, in discovery order."""
    seen: set[int] = set()
    out: list[tuple[str, A.Function]] = []
    work: list[tuple[str, Any]] = [(path, handler)]
    while work:
        where, node = work.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        for n in walk(node):
            if isinstance(n, A.Function):
                if n is not node and id(n) in seen:
                    continue
                seen.add(id(n))
                out.append((where, n))
            elif isinstance(n, A.Identifier) and n.binding >= 0:
                found = program.target(where, n.binding)
                if found is not None and id(found[1]) not in seen:
                    work.append(found)
    return out


def _pattern_reads(pattern: Any) -> list[tuple[str, A.Node]]:
    """The Result properties an object pattern reads (its top level)."""
    if not isinstance(pattern, A.ObjectPattern):
        return []
    out = []
    for prop in pattern.properties:
        if isinstance(prop, A.PatternProp) and isinstance(prop.key, str) and prop.key in ("value", *_FAILED_PROPS):
            out.append((prop.key, prop))
    return out


def check_function(path: str, fn: A.Function, table: Any) -> list[Diagnostic]:
    """ZT0704 for one function body (nested functions are checked on their own)."""
    out: list[Diagnostic] = []

    def report(prop: str, subject: Any, span: A.Span) -> None:
        r = source(subject)
        out.append(error("ZT0704", f"'{r}.{prop}' is read before '{r}.ok' is checked", path, span,
                         HELP_704.format(r=r)))

    for node in walk_function_body(fn):
        if isinstance(node, A.Member) and not node.computed and node.prop in ("value", *_FAILED_PROPS):
            if unsafe_read(node.prop, table.type_of(node.object)):
                report(node.prop, node.object, node.span)
        elif isinstance(node, A.Declarator) and node.init is not None:
            t = table.type_of(node.init)
            for prop, where in _pattern_reads(node.target):
                if unsafe_read(prop, t):
                    report(prop, node.init, where.span)
        elif isinstance(node, A.Assign) and node.op == "=":
            t = table.type_of(node.value)
            for prop, where in _pattern_reads(node.target):
                if unsafe_read(prop, t):
                    report(prop, node.value, where.span)
    return out


def results(program: Program, path: str, handler: A.Function) -> list[Diagnostic]:
    """ZT0704 across the handler and everything reachable from it."""
    out: list[Diagnostic] = []
    seen: set[tuple[str, A.Span]] = set()
    for where, fn in reachable_functions(program, path, handler):
        table = program.tables.get(where)
        if table is None:
            continue
        for d in check_function(where, fn, table):
            if (d.file, d.span) not in seen:
                seen.add((d.file, d.span))
                out.append(d)
    return out

