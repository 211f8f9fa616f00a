"""The whole-program index the contract pass reads names through (SPEC §14.1).

``ProgramIndex`` knows every module's folded tree and answers: which module order the contract scans
(entry first, then imports depth-first in import order), what a reference resolves to across modules
(following relative imports to the declaring module), whether it is an import of a ``zigttp:*`` function,
which ``const`` initialiser or function declaration it names, and whether a ``const`` holds a comptime
object whose properties may be read as constants.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from . import jsast as A
from .comptime_tree import resolve_relative
from .scope import pattern_identifiers
from .verify_walk import walk

__all__ = ["ProgramIndex", "Ref"]

Ref = tuple[str, int]  # (module path, binding index)


class ProgramIndex:
    """Names and declarations of every module. ``modules`` maps paths to folded trees."""

    def __init__(self, modules: dict[str, A.Module], entry: str):
        self.modules = modules
        self.entry = entry
        self.paths = set(modules)
        self.toplevel: dict[str, dict[str, int]] = {}
        self.consts: dict[str, dict[int, A.Expr]] = {}
        self.functions: dict[str, dict[int, A.Function]] = {}
        self.folds: dict[str, set[A.Span]] = {}
        self._unsafe: set[Ref] = set()
        for path, module in modules.items():
            self.toplevel[path] = {b.name: i for i, b in enumerate(module.bindings) if b.function == -1}
            self.folds[path] = {fold.span for fold in module.folds}
            self._declarations(path, module)
        for path, module in modules.items():
            self._mark_unsafe_objects(path, module)
        self.order = self._scan_order()

    # -- declarations ------------------------------------------------------------------------------------

    def _declarations(self, path: str, module: A.Module) -> None:
        consts: dict[int, A.Expr] = {}
        functions: dict[int, A.Function] = {}
        for node in walk(module):
            if isinstance(node, A.FunctionDecl) and node.function.name_id is not None:
                functions[node.function.name_id.binding] = node.function
            elif isinstance(node, A.VarDecl):
                for decl in node.declarations:
                    target = decl.target
                    if not isinstance(target, A.Identifier) or target.binding < 0 or decl.init is None:
                        continue
                    if node.kind == "const":
                        consts[target.binding] = decl.init
                    if isinstance(decl.init, A.Function):
                        functions[target.binding] = decl.init
        self.consts[path] = consts
        self.functions[path] = functions

    def _scan_order(self) -> list[str]:
        order: list[str] = []

        def visit(path: str) -> None:
            order.append(path)
            for stmt in self.modules[path].body:
                if isinstance(stmt, A.Import):
                    target = resolve_relative(path, stmt.source, self.paths)
                    if target is not None and target not in order:
                        visit(target)

        if self.entry in self.modules:
            visit(self.entry)
        order.extend(p for p in self.modules if p not in order)
        return order

    # -- references --------------------------------------------------------------------------------------

    def resolve(self, path: str, binding: int, depth: int = 0) -> Ref | None:
        """The declaring (module, binding) of a reference, following relative imports; None for an import of
        a virtual module or a name that does not resolve."""
        module = self.modules.get(path)
        if module is None or not 0 <= binding < len(module.bindings) or depth > 64:
            return None
        b = module.bindings[binding]
        if b.kind != "import":
            return (path, binding)
        target = resolve_relative(path, b.import_source, self.paths)
        if target is None:
            return None
        index = self.toplevel[target].get(b.import_name)
        return None if index is None else self.resolve(target, index, depth + 1)

    def virtual(self, path: str, node: Any) -> tuple[str, str] | None:
        """(``zigttp:<module>``, export name) when ``node`` is a reference to an imported virtual function."""
        if not isinstance(node, A.Identifier) or node.binding < 0:
            return None
        b = self.modules[path].bindings[node.binding]
        if b.kind == "import" and b.import_source.startswith("zigttp:"):
            return (b.import_source, b.import_name)
        return None

    def const_init(self, path: str, node: Any) -> tuple[str, A.Expr] | None:
        """(module, initialiser) of the ``const`` a reference names (in any module)."""
        if not isinstance(node, A.Identifier) or node.binding < 0:
            return None
        ref = self.resolve(path, node.binding)
        if ref is None:
            return None
        init = self.consts[ref[0]].get(ref[1])
        return None if init is None else (ref[0], init)

    def function(self, path: str, binding: int) -> tuple[str, A.Function] | None:
        """(module, function) a binding is declared as: a function declaration or a let/const arrow."""
        ref = self.resolve(path, binding)
        if ref is None:
            return None
        fn = self.functions[ref[0]].get(ref[1])
        return None if fn is None else (ref[0], fn)

    def comptime_object(self, path: str, node: Any) -> tuple[str, A.ObjectLit] | None:
        """(module, folded object) when ``node`` names a ``const`` initialised with a ``comptime(...)``
        object whose every reference (in any module) is a plain property read, so no code can change it."""
        if not isinstance(node, A.Identifier) or node.binding < 0:
            return None
        ref = self.resolve(path, node.binding)
        if ref is None or ref in self._unsafe:
            return None
        init = self.consts[ref[0]].get(ref[1])
        if not isinstance(init, A.ObjectLit) or init.span not in self.folds[ref[0]]:
            return None
        return (ref[0], init)

    def _mark_unsafe_objects(self, path: str, module: A.Module) -> None:
        """Every binding referenced other than as ``x.name`` (outside assignment targets) is unsafe."""
        safe: set[int] = set()
        targets: set[int] = set()
        for node in walk(module):
            if isinstance(node, A.Member) and not node.computed and isinstance(node.object, A.Identifier):
                safe.add(id(node.object))
            elif isinstance(node, A.Assign):
                targets.update(id(n) for n in walk(node.target))
        declared = set(_declaring_identifiers(module))
        for node in walk(module):
            if not isinstance(node, A.Identifier) or node.binding < 0 or id(node) in declared:
                continue
            if id(node) in safe and id(node) not in targets:
                continue
            ref = self.resolve(path, node.binding)
            if ref is not None:
                self._unsafe.add(ref)


def _declaring_identifiers(module: A.Module) -> Iterator[int]:
    """ids of the identifiers that declare bindings (declarator targets, parameters, function names,
    for-of heads, imports)."""
    for node in walk(module):
        if isinstance(node, A.Declarator):
            yield from (id(n) for n in pattern_identifiers(node.target))
        elif isinstance(node, A.Param):
            yield from (id(n) for n in pattern_identifiers(node.pattern))
        elif isinstance(node, A.Function) and node.name_id is not None:
            yield id(node.name_id)
        elif isinstance(node, A.ForOf):
            yield from (id(n) for n in pattern_identifiers(node.target))
        elif isinstance(node, A.ImportSpec):
            yield id(node.local)
