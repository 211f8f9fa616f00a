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

import json
import sys
from dataclasses import dataclass
from typing import Any

from . import jsast as A
from .comptime_tree import exported_consts, find_calls, is_plain_literal
from .diagnostics import Diagnostic, error

_RECURSION_LIMIT = 12000


@dataclass
class FoldResult:
    parsed: Any  # the ParsedModule, its tree folded in place
    diagnostics: list[Diagnostic]


def fold_spans(module: A.Module) -> set[A.Span]:
    """The spans of the folded values of a comptime output. Every node of a folded literal carries its
    call's span, so a node whose span is in this set is (part of) a build-time value: later passes type it
    like a ``let`` initialiser (widened, not a fresh object literal, SPEC §0.1) and must not key per-node
    facts on these spans."""
    return {tuple(f.span) for f in module.folds}  # type: ignore[misc]


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


def _plain_export(d: A.Declarator) -> A.ComptimeConst:
    """The encoded value of a const initialised with a plain literal (no evaluation needed)."""
    data = A.to_data(d.init)
    for node in _data_nodes(data):
        node["span"] = [0, 0, 0, 0]
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return A.ComptimeConst(d.target.name, text, span=d.target.span)  # type: ignore[union-attr]


def _data_nodes(data: Any) -> list[dict[str, Any]]:
    out = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "$" in item:
                out.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return out


def _exports(env: Any, declarators: list[A.Declarator]) -> list[A.ComptimeConst]:
    from .comptime_env import FAILED
    from .comptime_eval import evaluate_quietly
    from .comptime_values import encode, nesting_depth, unsupported_part
    from .parser_base import MAX_NESTING

    out: list[A.ComptimeConst] = []
    for d in declarators:
        target = d.target
        assert isinstance(target, A.Identifier)
        encoded = ""
        if env.is_buildtime(target.binding):
            value = evaluate_quietly(env, target)
            if value is not FAILED and unsupported_part(value) is None and nesting_depth(value) <= MAX_NESTING:
                encoded = encode(value)
        out.append(A.ComptimeConst(target.name, encoded, span=target.span))
    return out


def fold_module(parsed: Any, dep_exports: dict[str, dict[str, str]], defines: dict[str, str],
                version: str) -> FoldResult:
    """Fold one module. ``dep_exports``: for each directly imported module path, its exported consts'
    encoded values (``module.comptime_exports`` of that module's comptime output)."""
    module: A.Module | None = parsed.module
    if module is None:
        return FoldResult(parsed, [])
    calls, bare = find_calls(module)
    declarators = exported_consts(module)
    if not calls and not bare and all(is_plain_literal(d.init) for d in declarators):
        # Nothing to evaluate: the runtime library is not even loaded.
        module.folds = []
        module.comptime_exports = [_plain_export(d) for d in declarators]
        return FoldResult(parsed, [])
    if sys.getrecursionlimit() < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)
    from .comptime_env import FAILED, ModuleEnv
    from .comptime_eval import fold_call
    from .comptime_values import to_literal

    env = ModuleEnv(module, dep_exports, defines, version)
    for ident in bare:
        env.report(error("ZT0604", "comptime() takes exactly one argument", env.path, ident.span))
    env.toplevel = {id(c) for c in calls}
    for call in calls:
        fold_call(env, call)
    failed = [c for c in calls if env.folds[id(c)].value is FAILED]
    if failed and not any(d.is_error for d in env.diagnostics):  # never leave a call unexplained
        for call in failed:
            env.report(error("ZT0603", "comptime evaluation failed: a value it depends on could not be computed",
                             env.path, call.span))
    exports = _exports(env, declarators)
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
