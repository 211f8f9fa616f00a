"""What a module's comptime calls can see: its ``const`` bindings, the build-time exports of the modules it
imports, ``--define`` values and the zigttp version (SPEC §7.2, §7.3).

Const values are evaluated on demand and memoised, so a const referenced by several comptime calls is
evaluated once and keeps its identity. Each ``comptime(...)`` call is folded once (``folds``); a call that
is reached through a const initialiser before its own turn is folded then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..vm.utf16 import to_js
from . import jsast as A
from .comptime_tree import children, is_comptime_call, resolve_relative
from .comptime_values import decode
from .diagnostics import Diagnostic

__all__ = ["FAILED", "Fold", "ModuleEnv", "Poisoned", "children", "is_comptime_call", "resolve_relative"]

FAILED = object()  # memo marker: evaluation failed (the error is reported once, where it happened)


@dataclass
class Fold:
    """The memoised result of one ``comptime(...)`` call."""

    call: A.Call
    value: Any = FAILED
    text: str = ""
    uses: list[int] = field(default_factory=list)


class ModuleEnv:
    """Build-time facts about one module."""

    def __init__(self, module: A.Module, dep_exports: dict[str, dict[str, str]], defines: dict[str, str],
                 version: str) -> None:
        self.module = module
        self.path = module.path
        self.bindings = module.bindings
        self.defines = {k: to_js(v) for k, v in defines.items()}
        self.version = version
        self.const_inits: dict[int, A.Expr] = {}
        self.const_patterns: dict[int, A.Declarator] = {}  # names declared by a destructuring const
        self.import_values: dict[int, str] = {}  # import binding -> encoded value of the exported const
        self.folds: dict[int, Fold] = {}  # id(call) -> fold
        self.toplevel: set[int] = set()  # ids of the calls that are folds (not nested in another's argument)
        self.diagnostics: list[Diagnostic] = []
        self._seen: set[tuple[str, str, A.Span]] = set()
        self._buildtime: dict[int, bool] = {}
        self._values: dict[int, Any] = {}
        self._collect(module, dep_exports)

    # -- declarations ----------------------------------------------------------------------------------

    def _collect(self, module: A.Module, dep_exports: dict[str, dict[str, str]]) -> None:
        stack: list[Any] = list(module.body)
        while stack:
            node = stack.pop()
            if isinstance(node, A.VarDecl) and node.kind == "const":
                for d in node.declarations:
                    if d.init is None:
                        continue
                    if isinstance(d.target, A.Identifier):
                        if d.target.binding >= 0:
                            self.const_inits[d.target.binding] = d.init
                        continue
                    for ident in _pattern_names(d.target):
                        self.const_patterns[ident.binding] = d
            if isinstance(node, A.Import):
                continue
            for child in children(node):
                stack.append(child)
        candidates = set(dep_exports)
        for stmt in module.body:
            if not isinstance(stmt, A.Import) or stmt.type_only:
                continue
            target = resolve_relative(self.path, stmt.source, candidates)
            if target is None:
                continue
            for spec in stmt.specifiers:
                value = dep_exports[target].get(spec.imported, "")
                if value and not spec.type_only and spec.local.binding >= 0:
                    self.import_values[spec.local.binding] = value

    # -- diagnostics -----------------------------------------------------------------------------------

    def report(self, diagnostic: Diagnostic) -> None:
        key = (diagnostic.code, diagnostic.message, diagnostic.span)
        if key not in self._seen:
            self._seen.add(key)
            self.diagnostics.append(diagnostic)

    # -- bindings --------------------------------------------------------------------------------------

    def is_buildtime(self, binding: int) -> bool:
        """Whether a const or imported binding has a build-time value (its initialiser passes the checks)."""
        if binding in self.import_values:
            return True
        if binding not in self.const_inits and binding not in self.const_patterns:
            return False
        known = self._buildtime.get(binding)
        if known is not None:
            return known
        from .comptime_check import Checker

        self._buildtime[binding] = False  # a cycle is not a build-time value
        checker = Checker(self, folds_ok=True)
        if binding in self.const_inits:
            checker.check(self.const_inits[binding])
        else:
            declarator = self.const_patterns[binding]
            checker.check(declarator.init)
            checker.pattern(declarator.target)
        self._buildtime[binding] = not checker.problems
        return self._buildtime[binding]

    def binding_value(self, binding: int, evaluator: Any) -> Any:
        """The value of a build-time const or import (evaluated once)."""
        if binding in self._values:
            value = self._values[binding]
            if value is FAILED:
                raise Poisoned()
            return value
        self._values[binding] = FAILED
        if binding in self.const_patterns:
            return self._destructure(binding, evaluator)
        if binding in self.import_values:
            node = decode(self.import_values[binding])
        else:
            node = self.const_inits[binding]
        value = evaluator.eval(node)
        self._values[binding] = value
        return value

    def _destructure(self, binding: int, evaluator: Any) -> Any:
        from .codegen.render import source

        declarator = self.const_patterns[binding]
        value = evaluator.eval(declarator.init)
        saved = evaluator.locals
        evaluator.locals = {}
        try:
            evaluator.bind(declarator.target, value, source(declarator.init))
            bound = evaluator.locals
        finally:
            evaluator.locals = saved
        for ident in _pattern_names(declarator.target):
            self._values[ident.binding] = bound.get(ident.binding)
        return self._values[binding]


class Poisoned(Exception):
    """Evaluation reached a comptime call or const whose failure has already been reported."""


def _pattern_names(pattern: Any) -> list[A.Identifier]:
    """The names a destructuring pattern declares (not those in defaults or computed keys)."""
    out: list[A.Identifier] = []
    stack = [pattern]
    while stack:
        p = stack.pop()
        if isinstance(p, A.Identifier):
            if p.binding >= 0:
                out.append(p)
        elif isinstance(p, (A.PatternDefault, A.RestElement)):
            stack.append(p.target)
        elif isinstance(p, A.ArrayPattern):
            stack.extend(el for el in p.elements if el is not None)
        elif isinstance(p, A.ObjectPattern):
            stack.extend(prop.target if isinstance(prop, A.RestElement) else prop.value for prop in p.properties)
    return out
