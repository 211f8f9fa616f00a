"""Unused bindings (ZT0706) and match expressions without a catch-all (ZT0707), SPEC §13.1.

A binding is used when an expression reads it anywhere in its module (nested functions and closures
included), when a ``comptime(...)`` argument referred to it (``module.folds``, SPEC §0.1), or when a type
annotation names it (``typeof x``, an imported type). Writing with ``=`` is not a use. Checked: ``let`` and
``const`` bindings (each destructured name), for-of bindings and imports; exempt: exported bindings, the
handler, names starting with ``_``; parameters and function declarations are not checked.
"""

from __future__ import annotations

from typing import Any

from . import jsast as A
from .diagnostics import Diagnostic, warning
from .verify_walk import children, keyword_span, walk

HELP_706 = "remove it, or prefix its name with '_' to silence this warning"
HELP_707 = "add a 'default:' arm (or 'when _:') as the last arm"
CHECKED_KINDS = ("let", "const", "import")


class _Uses:
    """Collects the bindings a module reads and the names its types mention."""

    def __init__(self) -> None:
        self.bindings: set[int] = set()
        self.type_names: set[str] = set()

    def visit(self, node: Any) -> None:
        stack = [node]
        while stack:
            n = stack.pop()
            if isinstance(n, A.Identifier):
                if n.binding >= 0:
                    self.bindings.add(n.binding)
            elif isinstance(n, A.Declarator):
                self.declared(n.target, stack)
                stack.extend(x for x in (n.init, n.type) if x is not None)
            elif isinstance(n, A.ForOf):
                self.declared(n.target, stack)
                stack.extend((n.iterable, n.body))
            elif isinstance(n, A.Param):
                self.declared(n.pattern, stack)
                stack.extend(x for x in (n.default, n.type) if x is not None)
            elif isinstance(n, A.Function):
                stack.extend(n.params)
                stack.append(n.body)
                stack.extend(x for x in (n.returns, *n.type_params) if x is not None)
            elif isinstance(n, A.Import):
                continue
            elif isinstance(n, A.Assign) and n.op == "=":
                self.written(n.target, stack)
                stack.append(n.value)
            elif isinstance(n, (A.TypeRef, A.TypeQuery)):
                self.type_names.add(n.name.split(".")[0])
                stack.extend(children(n))
            else:
                stack.extend(children(n))

    def declared(self, pattern: Any, stack: list[Any]) -> None:
        """A binding pattern: its names are declarations; defaults and computed keys are reads."""
        if isinstance(pattern, A.PatternDefault):
            stack.append(pattern.default)
            self.declared(pattern.target, stack)
        elif isinstance(pattern, A.RestElement):
            self.declared(pattern.target, stack)
        elif isinstance(pattern, A.ArrayPattern):
            for el in pattern.elements:
                if el is not None:
                    self.declared(el, stack)
        elif isinstance(pattern, A.ObjectPattern):
            for prop in pattern.properties:
                if isinstance(prop, A.RestElement):
                    self.declared(prop.target, stack)
                    continue
                if prop.computed and isinstance(prop.key, A.Node):
                    stack.append(prop.key)
                self.declared(prop.value, stack)
        elif isinstance(pattern, A.Member):
            stack.append(pattern)

    def written(self, target: Any, stack: list[Any]) -> None:
        """An assignment target: plain names are written, member objects and keys are read."""
        if isinstance(target, A.Identifier):
            return
        self.declared(target, stack)


def unused(module: A.Module, path: str, handler_binding: int | None) -> list[Diagnostic]:
    """ZT0706 for one module."""
    uses = _Uses()
    for stmt in module.body:
        uses.visit(stmt)
    for fold in module.folds:
        uses.bindings.update(fold.uses)
    out = []
    for index, b in enumerate(module.bindings):
        if b.kind not in CHECKED_KINDS or b.exported or b.name.startswith("_") or index == handler_binding:
            continue
        if index in uses.bindings or b.name in uses.type_names:
            continue
        out.append(warning("ZT0706", f"'{b.name}' is declared but never used", path, b.span, HELP_706))
    return out


def matches_without_default(module: A.Module, path: str) -> list[Diagnostic]:
    """ZT0707 for one module."""
    out = []
    for node in walk(module):
        if isinstance(node, A.Match) and not any(
                arm.pattern is None or isinstance(arm.pattern, A.WildcardPattern) for arm in node.arms):
            out.append(warning("ZT0707", "match expression without default arm may not produce a value", path,
                               keyword_span(node, "match"), HELP_707))
    return out
