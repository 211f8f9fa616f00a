"""The ``typecheck`` pass (SPEC §6): types for every binding and expression of one module, the type
diagnostics ZT0401–ZT0409, the module's exported-type summary and the code generator's type facts.

Incremental shape (docs/architecture.md, "Type checking across modules"): ``typecheck`` runs per module on
the module's (folded) tree plus the *summaries* of its direct imports — the ``typeiface`` pass, which
extracts just the exported types from a module's typecheck output. Editing a function body reruns that
module's typecheck; when its exported types did not change, ``typeiface`` produces the same bytes and every
importer's typecheck is a cache hit.

Public API
----------
``check_module(parsed, deps) -> CheckResult`` — ``parsed`` a ``frontend.ParsedModule``, ``deps``
{module path: summary data} of its direct relative imports.
``run(tree_data, deps_data) -> (output bytes, diagnostics)`` — the pass function on stored data.
``interface_of(output) -> bytes`` — the ``typeiface`` pass: the summary part of a typecheck output.
``load_types(output) -> TypeTable`` — for later passes (``verify``, ``boolcheck``): ``table.type_of(node)``,
``table.binding_type(index)``; see ``passes.typecheck_table`` and ``passes.types``.
``facts_of(output) -> dict`` — the code generator's facts (``passes.bytecode.compile_module(facts=...)``).

Output data (canonical JSON)::

    {"exports": <summary>, "table": <typecheck_table form>, "facts": {...},
     "toplevel": [[name, printed type], ...]}

A summary is ``{"values": {name: <type>}, "types": {name: <decl key>}, "decls": {<key>: <decl>}}``.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from . import jsast as A
from . import types as T
from .diagnostics import Diagnostic
from .typecheck_checker import Checker, ModuleImports
from .typecheck_table import DeclRegistry, TypeTable, encode_decls, encode_table

OUTPUT_VERSION = 1


@dataclass
class CheckResult:
    diagnostics: list[Diagnostic]
    checker: Checker
    exports: dict[str, Any]
    facts: dict[str, Any] = field(default_factory=dict)

    def to_data(self) -> dict[str, Any]:
        c = self.checker
        decls = [d for d in c.local_decls if d.key.startswith(c.path + "#")]
        return {
            "exports": self.exports,
            "table": encode_table(c.table, c.btype, decls),
            "facts": self.facts,
            "toplevel": toplevel_listing(c),
        }


def _handler_binding(module: A.Module) -> int:
    for i, b in enumerate(module.bindings):
        if b.name == "handler" and b.function == -1 and b.scope == 0 and b.kind != "param":
            return i
    return -1


def module_imports(module: A.Module, deps: dict[str, Any], registry: DeclRegistry) -> ModuleImports:
    """Value types and type declarations the module imports from its relative dependencies."""
    from .frontend import resolve_specifier

    out = ModuleImports()
    for data in deps.values():
        registry.add(data.get("decls", {}))
    for stmt in module.body:
        if not isinstance(stmt, A.Import) or stmt.source.startswith("zigttp:"):
            continue
        target, _ = resolve_specifier(module.path, stmt.source, stmt.source_span, deps.__contains__)
        summary = deps.get(target) if target is not None else None
        if summary is None:
            continue
        for spec in stmt.specifiers:
            value = summary.get("values", {}).get(spec.imported)
            if value is not None and not (spec.type_only or stmt.type_only):
                out.values[spec.local.name] = registry.codec.decode(value)
            key = summary.get("types", {}).get(spec.imported)
            if key is not None:
                decl = registry.lookup(key)
                if decl is not None:
                    out.types[spec.local.name] = decl
    return out


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The checker allocates many small, short-lived objects next to a large, long-lived tree; the cyclic
    garbage collector would rescan the tree again and again (a third of the time on large modules)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def check_module(parsed: Any, deps: dict[str, Any] | None = None) -> CheckResult:
    """Type-check one parsed module against the summaries of its direct imports."""
    with gc_paused():
        return _check_module(parsed, deps)


def _check_module(parsed: Any, deps: dict[str, Any] | None) -> CheckResult:
    module: A.Module = parsed.module
    registry = DeclRegistry()
    imports = module_imports(module, deps or {}, registry)
    checker = Checker(module, imports, handler_binding=_handler_binding(module))
    checker.check()
    diags = sorted(checker.diags, key=lambda d: (d.span[0], d.span[1], d.code, d.message))
    unique: list[Diagnostic] = []
    seen: set[tuple] = set()
    for d in diags:
        k = (d.span, d.code, d.message)
        if k not in seen:
            seen.add(k)
            unique.append(d)
    from .typecheck_facts import compute_facts

    return CheckResult(unique, checker, summarize(checker), compute_facts(checker))


def summarize(checker: Checker) -> dict[str, Any]:
    """The exported types of a module (the ``typeiface`` output)."""
    codec = T.TypeCodec()
    values: dict[str, Any] = {}
    types: dict[str, str] = {}
    for i, b in enumerate(checker.bindings):
        if b.exported and b.function == -1 and b.scope == 0:
            values[b.name] = codec.encode(checker.binding_type(i))
    for stmt in checker.module.body:
        if isinstance(stmt, (A.TypeAlias, A.Interface)) and stmt.exported:
            decl = checker.module_scope.names.get(stmt.name)
            if isinstance(decl, T.Decl):
                types[stmt.name] = decl.key
                codec.referenced[decl.key] = decl
    return {"values": dict(sorted(values.items())), "types": dict(sorted(types.items())),
            "decls": encode_decls(codec)}


def toplevel_listing(checker: Checker) -> list[list[str]]:
    out = []
    for i, b in enumerate(checker.bindings):
        if b.function == -1 and b.scope == 0:
            out.append([b.name, T.print_type(checker.binding_type(i))])
    for stmt in checker.module.body:
        if isinstance(stmt, (A.TypeAlias, A.Interface)):
            decl = checker.module_scope.names.get(stmt.name)
            if isinstance(decl, T.Decl):
                kind = "type" if decl.kind == "alias" else "interface"
                out.append([f"{kind} {stmt.name}", T.print_type(T.expand(T.Ref(decl, decl.params)))])
    return out


# ---------------------------------------------------------------------------------------------------------
# Pass functions on stored data
# ---------------------------------------------------------------------------------------------------------


def run(parsed: Any, deps_data: dict[str, Any]) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The typecheck pass: ``parsed`` is the module's (folded) ``ParsedModule``, ``deps_data`` the
    ``typeiface`` outputs of its direct imports (decoded JSON) by module path."""
    if parsed.module is None:
        return {"exports": {"values": {}, "types": {}, "decls": {}}, "table": {}, "facts": {}, "toplevel": []}, []
    result = check_module(parsed, deps_data)
    return result.to_data(), result.diagnostics


def interface_of(output: dict[str, Any]) -> dict[str, Any]:
    """The ``typeiface`` pass: a module's exported-type summary."""
    return output["exports"]


def load_types(output: dict[str, Any]) -> TypeTable:
    """Read the type table of a typecheck output (decoded JSON)."""
    return TypeTable(output.get("table", {}))


def facts_of(output: dict[str, Any]) -> dict[str, Any]:
    return output.get("facts", {})
