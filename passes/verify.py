"""The ``verify`` pass (SPEC §13, with ``--verify``): return analysis, Result safety, unreachable code, unused
bindings and match without default, over the whole program (reachability crosses modules).

Public API
----------
``verify_program(modules, tables, entry) -> VerifyResult`` — ``modules`` {path: ParsedModule} (the folded
trees of the comptime pass, every module of the program), ``tables`` {path: TypeTable}
(``passes.typecheck.load_types``), ``entry`` the entry module's path.

Output data (canonical JSON)::

    {"entry": "handler.ts",
     "record": {"exhaustiveReturns": bool, "resultsSafe": bool, "unreachableCode": bool}}

``record`` is the verification record of SPEC §13.4 without ``bytecodeVerified``: the contract pass adds
that field from the bytecode pass's output (SPEC §0.5). ``exhaustiveReturns`` is false when ZT0701,
ZT0702 or ZT0703 was reported, ``resultsSafe`` when ZT0704 was, ``unreachableCode`` is true when any
ZT0705 warning was.

Rules and where they live: passes/verify_returns.py (ZT0701–ZT0703, ZT0705), passes/verify_results.py
(ZT0704 and reachability), passes/verify_unused.py (ZT0706, ZT0707).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import jsast as A
from .diagnostics import Diagnostic
from .verify_results import Program, results
from .verify_returns import ReturnChecker, handler_paths, unreachable
from .verify_unused import matches_without_default, unused

RETURN_CODES = ("ZT0701", "ZT0702", "ZT0703")


@dataclass
class VerifyResult:
    entry: str
    record: dict[str, bool]
    diagnostics: list[Diagnostic]

    def to_data(self) -> dict[str, Any]:
        return {"entry": self.entry, "record": self.record}

    @property
    def passed(self) -> bool:
        return not any(d.is_error for d in self.diagnostics)


def find_handler(program: Program, entry: str, parsed: Any) -> tuple[str, A.Function, int | None] | None:
    """(module, function, binding in the entry) of the handler, following an imported handler."""
    module = program.modules.get(entry)
    if module is None or parsed is None or parsed.handler is None:
        return None
    binding = program.toplevel[entry].get("handler")
    if binding is None:
        return None
    found = program.target(entry, binding)
    if found is None or not isinstance(found[1], A.Function):
        return None
    return found[0], found[1], binding


def verify_program(modules: dict[str, Any], tables: dict[str, Any], entry: str) -> VerifyResult:
    """Run every verification rule; diagnostics come back in file order (entry first), then position."""
    trees = {path: pm.module for path, pm in modules.items() if pm.module is not None}
    program = Program(trees, tables)
    diags: list[Diagnostic] = []
    handler = find_handler(program, entry, modules.get(entry))
    handler_binding = handler[2] if handler is not None else None
    if handler is not None:
        where, fn, _ = handler
        table = tables.get(where)
        diags += handler_paths(fn, where)
        if table is not None:
            diags += ReturnChecker(where, table.type_of).function(fn)
        diags += results(program, where, fn)
    for path, module in trees.items():
        diags += unreachable(module, path)
        diags += unused(module, path, handler_binding if path == entry else None)
        diags += matches_without_default(module, path)
    order = [entry] + [p for p in modules if p != entry]
    rank = {p: i for i, p in enumerate(order)}
    diags.sort(key=lambda d: (rank.get(d.file, len(rank)), d.span[0], d.span[1], d.code))
    codes = {d.code for d in diags}
    record = {
        "exhaustiveReturns": not any(c in codes for c in RETURN_CODES),
        "resultsSafe": "ZT0704" not in codes,
        "unreachableCode": "ZT0705" in codes,
    }
    return VerifyResult(entry, record, diags)
