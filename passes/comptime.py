"""The ``comptime`` pass (SPEC §7): replace every ``comptime(...)`` call with its build-time value.

``fold_module(parsed, dep_exports, defines, version)`` takes one module's parse output and returns the
same ParsedModule with

* every foldable ``comptime(...)`` call replaced by a literal tree (passes/comptime_values.py) carrying
  the call's span; a call that failed stays in the tree, with its diagnostic;
* ``module.folds``: the fold list of ``zigttp show <hash> comptime`` (span, value text, bindings used
  inside the argument), in source order;
* ``module.comptime_exports``: the build-time values of the module's exported consts, which importing
  modules' comptime calls read (the pass's ``comptime@deps`` input).

The checks are in passes/comptime_check.py, evaluation in passes/comptime_eval.py.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from . import jsast as A
from .comptime_env import FAILED, ModuleEnv, children, is_comptime_call
from .comptime_eval import evaluate_quietly, fold_call
from .comptime_values import encode, to_literal, unsupported_part
from .diagnostics import Diagnostic, error

_RECURSION_LIMIT = 12000


@dataclass
class FoldResult:
    parsed: Any  # the ParsedModule, its tree folded in place
    diagnostics: list[Diagnostic]


def _find_calls(module: A.Module, env: ModuleEnv) -> list[A.Call]:
    """The calls to fold (not those nested in another call's argument), in source order; a bare
    ``comptime`` that is not called is reported."""
    calls: list[A.Call] = []
    stack: list[Any] = list(reversed(module.body))
    while stack:
        node = stack.pop()
        if is_comptime_call(node):
            calls.append(node)
            continue
        if isinstance(node, A.Identifier) and node.name == "comptime" and node.binding < 0:
            env.report(error("ZT0604", "comptime() takes exactly one argument", env.path, node.span))
            continue
        stack.extend(reversed(children(node)))
    calls.sort(key=lambda c: (c.span[0], c.span[1]))
    return calls


def _replace(node: Any, replacements: dict[int, A.Expr]) -> None:
    """Put the literal of every folded call in place of the call."""
    stack = [node]
    while stack:
        n = stack.pop()
        for name in getattr(n, "__dataclass_fields__", {}):
            if name == "span":
                continue
            value = getattr(n, name)
            if isinstance(value, A.Node):
                if id(value) in replacements:
                    setattr(n, name, replacements[id(value)])
                else:
                    stack.append(value)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, A.Node):
                        if id(item) in replacements:
                            value[i] = replacements[id(item)]
                        else:
                            stack.append(item)


def _exports(module: A.Module, env: ModuleEnv) -> list[A.ComptimeConst]:
    out: list[A.ComptimeConst] = []
    for stmt in module.body:
        if not (isinstance(stmt, A.VarDecl) and stmt.exported and stmt.kind == "const"):
            continue
        for d in stmt.declarations:
            target = d.target
            if not isinstance(target, A.Identifier) or target.binding < 0:
                continue
            encoded = ""
            if env.is_buildtime(target.binding):
                value = evaluate_quietly(env, target)
                if value is not FAILED and unsupported_part(value) is None:
                    encoded = encode(value)
            out.append(A.ComptimeConst(target.name, encoded, span=target.span))
    return out


def fold_module(parsed: Any, dep_exports: dict[str, dict[str, str]], defines: dict[str, str],
                version: str) -> FoldResult:
    """Fold one module. ``dep_exports``: for each directly imported module path, its exported consts'
    encoded values (``module.comptime_exports`` of that module's comptime output)."""
    if sys.getrecursionlimit() < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)
    module: A.Module | None = parsed.module
    if module is None:
        return FoldResult(parsed, [])
    env = ModuleEnv(module, dep_exports, defines, version)
    calls = _find_calls(module, env)
    env.toplevel = {id(c) for c in calls}
    for call in calls:
        fold_call(env, call)
    failed = [c for c in calls if env.folds[id(c)].value is FAILED]
    if failed and not any(d.is_error for d in env.diagnostics):  # never leave a call unexplained
        for call in failed:
            env.report(error("ZT0603", "comptime evaluation failed: a value it depends on could not be computed",
                             env.path, call.span))
    exports = _exports(module, env)
    replacements: dict[int, A.Expr] = {}
    folds: list[A.ComptimeFold] = []
    for call in calls:
        fold = env.folds[id(call)]
        if fold.value is FAILED:
            continue
        replacements[id(call)] = to_literal(fold.value, call.span)
        folds.append(A.ComptimeFold(fold.text, fold.uses, span=call.span))
    _replace(module, replacements)
    module.folds = folds
    module.comptime_exports = exports
    diagnostics = sorted(env.diagnostics, key=lambda d: (d.span[0], d.span[1]))
    return FoldResult(parsed, diagnostics)


def exports_of(data: dict[str, Any]) -> dict[str, str]:
    """The encoded exported consts of a stored comptime output (its JSON data), by name."""
    module = data.get("module") or {}
    return {c["name"]: c["value"] for c in module.get("comptime_exports", [])}
