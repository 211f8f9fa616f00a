"""Type syntax (``jsast`` type nodes) to types (``passes.types``), with lexical type scopes.

A ``TypeScope`` maps type names to declarations (``Decl``) and type parameters (``TVar``); scopes nest
(module, function, block). Aliases whose body is a primitive, literal, array, tuple or another reference are
transparent (TypeScript prints what they stand for); aliases of unions, intersections, object and function
types, and every interface, stay named and print by name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import jsast as A
from . import types as T

Report = Callable[[str, str, A.Span], None]


class TypeScope:
    __slots__ = ("names", "parent")

    def __init__(self, parent: TypeScope | None = None) -> None:
        self.names: dict[str, Any] = {}
        self.parent = parent

    def lookup(self, name: str) -> Any:
        scope: TypeScope | None = self
        while scope is not None:
            found = scope.names.get(name)
            if found is not None:
                return found
            scope = scope.parent
        return None


class AliasInfo:
    """What the resolver knows about an alias declaration before its body is resolved."""

    __slots__ = ("node", "scope", "transparent", "resolving")

    def __init__(self, node: A.TypeAlias, scope: TypeScope) -> None:
        self.node = node
        self.scope = scope
        body = node.type
        self.transparent = not isinstance(body, (A.UnionType, A.IntersectionType, A.ObjectType, A.FunctionType))
        if isinstance(body, A.TypeRef) and body.args and body.name not in ("Array", "ReadonlyArray", "Iterable"):
            self.transparent = False  # an instantiation of a generic alias keeps the new name
        self.resolving = False


_PRIMS = T.PRIMITIVES


class Resolver:
    """Resolves type nodes of one module. ``builtins`` is the scope of built-in type names;
    ``value_type(name)`` answers ``typeof name`` queries; ``report`` receives ZT0406."""

    def __init__(self, key_prefix: str, builtins: TypeScope | None, report: Report,
                 value_type: Callable[[str, A.Span], T.Type] | None = None, builtin: int = 0) -> None:
        self.key_prefix = key_prefix
        self.builtins = builtins
        self.report = report
        self.value_type = value_type or (lambda name, span: T.UNKNOWN)
        self.builtin = builtin
        self.alias_info: dict[str, AliasInfo] = {}  # decl key -> info (aliases declared in this module)

    # -- declarations -----------------------------------------------------------------------------------

    def declare_all(self, scope: TypeScope, stmts: list[A.TypeAlias | A.Interface], suffix: str = "") -> None:
        """Register aliases and interfaces in ``scope``; names first, so that declarations (and their
        parameters' constraints) may refer to each other in any order. Bodies resolve lazily."""
        pending = []
        for stmt in stmts:
            key = f"{self.key_prefix}#{stmt.name}{suffix}"
            kind = "alias" if isinstance(stmt, A.TypeAlias) else "interface"
            decl = T.Decl(key, stmt.name, kind)
            decl.params = tuple(T.TVar(tp.name, f"{key}.{tp.name}") for tp in stmt.type_params)
            scope.names[stmt.name] = decl
            pending.append((stmt, decl))
        for stmt, decl in pending:
            inner = TypeScope(scope)
            decl.params = self.type_params(stmt.type_params, inner, decl.key)
            self._bind(stmt, decl, inner)

    def _bind(self, stmt: A.TypeAlias | A.Interface, decl: T.Decl, inner: TypeScope) -> None:
        if isinstance(stmt, A.TypeAlias):
            self.alias_info[decl.key] = AliasInfo(stmt, inner)
            decl._resolve = lambda: self.resolve(stmt.type, inner)
        else:
            decl._resolve = lambda: self.object_type(stmt.members, inner)
            decl._resolve_extends = lambda: self._extends(stmt, inner)

    def type_params(self, nodes: list[A.TypeParam], scope: TypeScope, uid_prefix: str) -> tuple[T.TVar, ...]:
        """Type parameters (registered in ``scope``); constraints and defaults may mention earlier ones."""
        params = []
        for tp in nodes:
            scope.names[tp.name] = T.TVar(tp.name, f"{uid_prefix}.{tp.name}")
        for tp in nodes:
            constraint = self.resolve(tp.constraint, scope) if tp.constraint is not None else None
            default = self.resolve(tp.default, scope) if tp.default is not None else None
            tv = T.TVar(tp.name, f"{uid_prefix}.{tp.name}", constraint, default)
            scope.names[tp.name] = tv
            params.append(tv)
        return tuple(params)

    def _extends(self, stmt: A.Interface, scope: TypeScope) -> tuple[T.Ref, ...]:
        out = []
        for ref in stmt.extends:
            t = self.resolve(ref, scope)
            if isinstance(t, T.Ref):
                out.append(t)
        return tuple(out)

    # -- type nodes -------------------------------------------------------------------------------------

    def resolve(self, node: A.TypeNode | None, scope: TypeScope) -> T.Type:
        if node is None:
            return T.UNKNOWN
        if isinstance(node, A.TypeRef):
            return self.type_ref(node, scope)
        if isinstance(node, A.LiteralType):
            return T.lit(node.value)
        if isinstance(node, A.UnionType):
            return T.union(self.resolve(t, scope) for t in node.types)
        if isinstance(node, A.IntersectionType):
            return T.inter(self.resolve(t, scope) for t in node.types)
        if isinstance(node, A.ArrayType):
            return T.Arr(self.resolve(node.element, scope), node.readonly)
        if isinstance(node, A.TupleType):
            optional = tuple(node.optional) if any(node.optional) else ()
            return T.Tup(tuple(self.resolve(e, scope) for e in node.elements), optional, node.readonly)
        if isinstance(node, A.ObjectType):
            return self.object_type(node.members, scope)
        if isinstance(node, A.FunctionType):
            inner = TypeScope(scope)
            tparams = self.type_params(node.type_params, inner, f"{self.key_prefix}@{node.span[0]}:{node.span[1]}")
            return T.Func(self.params(node.params, inner), self.resolve(node.returns, inner), tparams, self.builtin)
        if isinstance(node, A.TypeQuery):
            return self.value_type(node.name, node.span)
        if isinstance(node, A.KeyofType):
            return keyof(self.resolve(node.type, scope))
        return T.UNKNOWN

    def params(self, params: list[A.ParamType], scope: TypeScope) -> tuple[T.Param, ...]:
        out = []
        for p in params:
            t = self.resolve(p.type, scope) if p.type is not None else (T.Arr(T.UNKNOWN) if p.rest else T.UNKNOWN)
            out.append(T.Param(p.name, t, p.optional, p.rest))
        return tuple(out)

    def object_type(self, members: list[Any], scope: TypeScope) -> T.Obj:
        props: list[T.Prop] = []
        overloads: dict[str, list[T.Func]] = {}
        calls: list[T.Func] = []
        index: T.Type | None = None
        index_ro = False
        number_index: T.Type | None = None
        for m in members:
            if isinstance(m, A.PropertySig):
                props.append(T.Prop(m.name, self.resolve(m.type, scope), m.optional, m.readonly))
            elif isinstance(m, A.MethodSig):
                inner = TypeScope(scope)
                uid = f"{self.key_prefix}@{m.name or 'call'}:{m.span[0]}:{m.span[1]}"
                tparams = self.type_params(m.type_params, inner, uid)
                ret = self.resolve(m.returns, inner) if m.returns is not None else T.UNKNOWN
                fn = T.Func(self.params(m.params, inner), ret, tparams, self.builtin)
                if not m.name:
                    calls.append(fn)
                elif m.name in overloads:
                    overloads[m.name].append(fn)
                else:
                    overloads[m.name] = [fn]
                    props.append(T.Prop(m.name, fn, m.optional, False, True))
            elif isinstance(m, A.IndexSig):
                key = self.resolve(m.key_type, scope)
                value = self.resolve(m.value_type, scope)
                if key == T.NUMBER:
                    number_index = value
                else:
                    index = value
                    index_ro = m.readonly
        final = []
        for p in props:
            fns = overloads.get(p.name) if p.method else None
            if fns is not None and len(fns) > 1:
                final.append(T.Prop(p.name, T.Obj(calls=tuple(fns)), p.optional, p.readonly, True))
            else:
                final.append(p)
        return T.Obj(tuple(final), index, index_ro, tuple(calls), number_index)

    def type_ref(self, node: A.TypeRef, scope: TypeScope) -> T.Type:
        name = node.name
        args = tuple(self.resolve(a, scope) for a in node.args)
        found = scope.lookup(name)
        if found is None and self.builtins is not None:
            found = self.builtins.lookup(name)
        if found is None:
            prim = _PRIMS.get(name)
            if prim is not None:
                return prim
            if name in ("Array", "ReadonlyArray"):
                return T.Arr(args[0] if args else T.UNKNOWN, name == "ReadonlyArray")
            if name == "Iterable":
                return T.Iter(args[0] if args else T.UNKNOWN)
            if name == "JSX.Element":
                return T.ELEMENT
            if name == "Range":
                return T.RANGE
            if name in T.UTILITIES:
                return T.Ref(T.UTILITIES[name], args)
            self.report("ZT0406", f"cannot find type '{name}'", node.span)
            return T.UNKNOWN
        if isinstance(found, T.TVar):
            return found
        if isinstance(found, T.Decl):
            return self.instantiate(found, args)
        if isinstance(found, T.Type):
            return found
        return T.UNKNOWN

    def instantiate(self, decl: T.Decl, args: tuple[T.Type, ...]) -> T.Type:
        info = self.alias_info.get(decl.key)
        transparent = info.transparent if info is not None else (
            decl.kind == "alias" and not isinstance(decl.body(), (T.Union, T.Inter, T.Obj, T.Func)))
        if decl.kind == "alias" and transparent:
            if info is not None and info.resolving:
                return T.UNKNOWN
            if info is not None:
                info.resolving = True
            try:
                body = decl.body()
            finally:
                if info is not None:
                    info.resolving = False
            if decl.params:
                return T.subst(body, T._bind_params(decl.params, args))
            return body
        return T.Ref(decl, args)


def keyof(t: T.Type) -> T.Type:
    """``keyof T``: the union of its property names (``string`` with an index signature)."""
    e = T.expand(t)
    if isinstance(e, T.Obj):
        if e.index is not None:
            return T.STRING
        if e.number_index is not None and not e.props:
            return T.NUMBER
        return T.union(T.lit(p.name) for p in e.props)
    return T.NEVER
