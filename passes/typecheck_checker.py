"""The type checker's state, declarations, functions and statements (SPEC §6).

One ``Checker`` checks one module. It walks the tree once in source order with a flow state (the
narrowings in force, keyed by reference paths such as ``(binding,)`` or ``(binding, "ok")``); function
declarations are checked at their position or earlier when their type is needed (hoisting), and
module-level bindings used before their declaration is reached are typed on demand. Expressions are typed
by ``typecheck_expr``, calls by ``typecheck_calls`` and conditions narrowed by ``typecheck_narrow``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from . import jsast as A
from . import types as T
from .builtin_types import Builtins, builtins
from .diagnostics import Diagnostic, error
from .scope import pattern_identifiers
from .typecheck_calls import CallMixin
from .typecheck_expr import ExprMixin
from .typecheck_narrow import NarrowMixin, merge_states
from .typecheck_resolve import Resolver, TypeScope
from .typecheck_text import SourceText

Flow = dict[tuple, T.Type]

# Diagnostic categories reported in .js/.jsx/inline files (SPEC §6.2: inference-only checks).
JS_CATEGORIES = frozenset(["builtin", "namespace", "iter"])


@dataclass
class FnCtx:
    """The function whose body is being checked."""

    node: A.Function | None  # None: module top level
    declared_ret: T.Type | None
    returns: list[T.Type] = field(default_factory=list)
    literal_ret: bool = False  # the contextual/declared return type has literal types (keep literals)


@dataclass
class ModuleImports:
    """What the module's imports provide: value types and type declarations per local name."""

    values: dict[str, T.Type] = field(default_factory=dict)
    types: dict[str, T.Decl] = field(default_factory=dict)


class Checker(ExprMixin, CallMixin, NarrowMixin):
    def __init__(self, module: A.Module, imports: ModuleImports | None = None, *,
                 handler_binding: int = -1) -> None:
        self.module = module
        self.path = module.path
        self.strict = module.language in ("ts", "tsx")
        self.b: Builtins = builtins()
        self.rel = T.Relation(self.b.apparent)
        self.bindings = module.bindings
        self.imports = imports or ModuleImports()
        self.handler_binding = handler_binding
        self.diags: list[Diagnostic] = []
        self.main_diags = self.diags
        self.spec_depth = 0
        self.table: dict[tuple[A.Span, str], T.Type] = {}
        self.btype: dict[int, T.Type] = {}
        self.flow: Flow | None = {}
        self.fn: FnCtx = FnCtx(None, None)
        self.text = SourceText(module)
        self.fn_index: dict[int, int] = {}
        self.fn_types: dict[int, T.Func] = {}  # function declarations: signature (and inferred return)
        self.fn_checked: set[int] = set()
        self.fn_in_progress: set[int] = set()
        self.lazy: dict[int, Any] = {}  # binding -> declaring construct not yet processed
        self.declarators: dict[int, T.Type] = {}  # id(Declarator) -> declared type (processed)
        self.decl_fn: dict[int, A.FunctionDecl] = {}
        self.spec_memo: dict[tuple, T.Type] = {}
        self.calls_of: dict[int, list[A.Call]] = {}  # binding of a called function -> call nodes (facts)
        self.local_decls: list[T.Decl] = []
        self.decl_scope: dict[int, TypeScope] = {}  # id(function declaration) -> its enclosing type scope
        self.module_scope = TypeScope()
        self.type_scope = self.module_scope
        self.names: list[dict[str, int]] = [{}]
        self.chain_flags: list[bool] = []
        # Folded comptime values (every node of one carries the call's span): typed like a let initialiser.
        self.fold_spans = {tuple(f.span) for f in module.folds}
        self.resolver = Resolver(self.path, self.b.scope, self._report_type, self.typeof_query)

    # ------------------------------------------------------------------------------------------------
    # Diagnostics
    # ------------------------------------------------------------------------------------------------

    def error(self, code: str, message: str, span: A.Span, help: str | None = None,
              category: str = "ts") -> None:
        if not self.strict and category not in JS_CATEGORIES:
            return
        self.diags.append(error(code, message, self.path, span, help))

    def _report_type(self, code: str, message: str, span: A.Span) -> None:
        self.error(code, message, span)

    @contextlib.contextmanager
    def speculate(self) -> Iterator[None]:
        """Evaluate without reporting (candidate overloads, inference); the flow state is restored."""
        saved_diags, saved_flow = self.diags, self.flow
        self.diags = []
        self.flow = dict(saved_flow) if saved_flow is not None else None
        self.spec_depth += 1
        try:
            yield
        finally:
            self.spec_depth -= 1
            self.diags, self.flow = saved_diags, saved_flow

    # ------------------------------------------------------------------------------------------------
    # Entry
    # ------------------------------------------------------------------------------------------------

    def check(self) -> None:
        self._index_declarations(self.module.body)
        self._enter_names(self.module.body)
        for name, decl in self.imports.types.items():
            self.module_scope.names.setdefault(name, decl)
        self._declare_types(self.module.body, self.module_scope)
        self.statements(self.module.body)
        for node in self.decl_fn.values():
            self.function_decl(node)

    def _index_declarations(self, body: list[A.Stmt]) -> None:
        """Map every binding to the construct that declares it (for on-demand typing)."""
        for node in _walk(body):
            if isinstance(node, A.Function):
                self.fn_index[id(node)] = len(self.fn_index)
            elif isinstance(node, A.VarDecl):
                for d in node.declarations:
                    for ident in pattern_identifiers(d.target):
                        if ident.binding >= 0:
                            self.lazy[ident.binding] = (node, d)
            elif isinstance(node, A.FunctionDecl):
                ident = node.function.name_id
                if ident is not None and ident.binding >= 0:
                    self.lazy[ident.binding] = node
                    self.decl_fn[ident.binding] = node
            elif isinstance(node, A.Import):
                for spec in node.specifiers:
                    b = spec.local.binding
                    if b < 0 or spec.type_only or node.type_only:
                        continue
                    self.btype[b] = self.import_type(node.source, spec.imported, spec.local.name)

    def import_type(self, source: str, name: str, local: str) -> T.Type:
        if source.startswith("zigttp:"):
            return self.b.modules.get(source, {}).get(name, T.UNKNOWN)
        return self.imports.values.get(local, T.UNKNOWN)

    def _declare_types(self, body: list[A.Stmt], scope: TypeScope, suffix: str = "") -> None:
        stmts = [s for s in body if isinstance(s, (A.TypeAlias, A.Interface))]
        if stmts:
            self.resolver.declare_all(scope, stmts, suffix)
            decls = [d for d in scope.names.values() if isinstance(d, T.Decl)]
            self.local_decls.extend(decls)
            for d in decls:  # resolve now, so that unknown names are reported (ZT0406)
                d.body()
                d.extends()

    def _enter_names(self, body: list[A.Stmt]) -> None:
        names = self.names[-1]
        for stmt in body:
            if isinstance(stmt, A.VarDecl):
                for d in stmt.declarations:
                    for ident in pattern_identifiers(d.target):
                        names[ident.name] = ident.binding
            elif isinstance(stmt, A.FunctionDecl) and stmt.function.name_id is not None:
                names[stmt.function.name] = stmt.function.name_id.binding
                self.decl_scope[id(stmt.function)] = self.type_scope
            elif isinstance(stmt, A.Import):
                for spec in stmt.specifiers:
                    names[spec.local.name] = spec.local.binding

    def typeof_query(self, name: str, span: A.Span) -> T.Type:
        """``typeof x`` / ``typeof x.y`` in a type position."""
        first, *rest = name.split(".")
        binding = None
        for names in reversed(self.names):
            if first in names:
                binding = names[first]
                break
        if binding is None:
            t = self.b.globals.get(first)
            if t is None:
                self.error("ZT0406", f"cannot find type '{name}'", span)
                return T.UNKNOWN
        else:
            t = self.binding_type(binding)
        for prop in rest:
            found = self.lookup_member(t, prop)
            t = found if found is not None else T.UNKNOWN
        return t

    # ------------------------------------------------------------------------------------------------
    # Types of bindings
    # ------------------------------------------------------------------------------------------------

    def resolve_type(self, node: A.TypeNode | None) -> T.Type:
        return self.resolver.resolve(node, self.type_scope)

    def binding_type(self, b: int) -> T.Type:
        """The declared type of binding ``b`` (typing its declaration on demand)."""
        t = self.btype.get(b)
        if t is not None:
            return t
        site = self.lazy.get(b)
        if site is None:
            return T.UNKNOWN
        if isinstance(site, A.FunctionDecl):
            return self.function_signature(site.function)
        stmt, declarator = site
        self.btype[b] = T.UNKNOWN  # guard against cycles
        with self.detached():
            self.declarator(stmt, declarator)
        return self.btype.get(b, T.UNKNOWN)

    @contextlib.contextmanager
    def detached(self) -> Iterator[None]:
        """Check something out of order (a hoisted function, a binding typed on demand): no narrowings,
        module-level function context, and real diagnostics even when the caller is speculating (the
        result is memoised, so this is its only check)."""
        saved = (self.flow, self.fn, self.diags, self.spec_depth, self.chain_flags)
        self.flow = {}
        self.fn = FnCtx(None, None)
        self.diags = self.main_diags
        self.spec_depth = 0
        self.chain_flags = []
        try:
            yield
        finally:
            self.flow, self.fn, self.diags, self.spec_depth, self.chain_flags = saved

    def current_type(self, key: tuple, declared: T.Type) -> T.Type:
        if self.flow is not None:
            t = self.flow.get(key)
            if t is not None:
                return t
        return declared

    def set_flow(self, key: tuple, t: T.Type) -> None:
        if self.flow is not None:
            self.flow[key] = t

    def invalidate(self, key: tuple) -> None:
        """An assignment to ``key`` discards its narrowings and those of its sub-paths."""
        if not self.flow:
            return
        n = len(key)
        for k in [k for k in self.flow if k[:n] == key]:
            del self.flow[k]

    # ------------------------------------------------------------------------------------------------
    # Functions
    # ------------------------------------------------------------------------------------------------

    def function_signature(self, fn: A.Function) -> T.Type:
        """The type of a declared function (its body is checked on demand when the return type is
        inferred)."""
        key = id(fn)
        if key in self.fn_types:
            return self.fn_types[key]
        if key in self.fn_in_progress:
            return T.UNKNOWN
        if fn.returns is None:
            node = next((n for n in self.decl_fn.values() if n.function is fn), None)
            if node is not None:
                self.function_decl(node)
                return self.fn_types.get(key, T.UNKNOWN)
        saved_scope = self.type_scope
        self.type_scope = self.decl_scope.get(key, saved_scope)
        try:
            with self.detached():
                sig = self.signature(fn, None)
        finally:
            self.type_scope = saved_scope
        self.fn_types[key] = sig
        return sig

    def function_decl(self, node: A.FunctionDecl) -> None:
        fn = node.function
        if id(fn) in self.fn_checked or id(fn) in self.fn_in_progress:
            return
        self.fn_in_progress.add(id(fn))
        saved_scope = self.type_scope
        self.type_scope = self.decl_scope.get(id(fn), saved_scope)  # the types visible where it is declared
        try:
            with self.detached():
                ftype = self.function(fn, None, hoisted=True)
        finally:
            self.fn_in_progress.discard(id(fn))
            self.type_scope = saved_scope
        self.fn_checked.add(id(fn))
        self.fn_types[id(fn)] = ftype
        if fn.name_id is not None and fn.name_id.binding >= 0:
            self.btype[fn.name_id.binding] = ftype
            self.record(fn.name_id, ftype)

    def _contextual_param(self, fn: A.Function, i: int, ctx: T.Func | None) -> T.Type | None:
        if ctx is None:
            return None
        if i < len(ctx.params):
            p = ctx.params[i]
            if p.rest:
                e = T.expand(p.type)
                return e.elem if isinstance(e, T.Arr) else T.UNKNOWN
            return p.type
        if ctx.params and ctx.params[-1].rest:
            e = T.expand(ctx.params[-1].type)
            return e.elem if isinstance(e, T.Arr) else T.UNKNOWN
        return None

    def _is_handler(self, fn: A.Function) -> bool:
        if self.handler_binding < 0:
            return False
        site = self.lazy.get(self.handler_binding)
        if isinstance(site, A.FunctionDecl):
            return site.function is fn
        if isinstance(site, tuple):
            return site[1].init is fn
        return False

    def signature(self, fn: A.Function, ctx: T.Func | None) -> T.Func:
        """Parameter types and declared (or contextual) return type, without checking the body."""
        saved_scope = self.type_scope
        self.type_scope = TypeScope(saved_scope)
        try:
            tparams = self.resolver.type_params(fn.type_params, self.type_scope,
                                                f"{self.path}#f{self.fn_index.get(id(fn), 0)}")
            params = self._params(fn, ctx, declare=False)
            ret = self.resolve_type(fn.returns) if fn.returns is not None else (ctx.ret if ctx else T.UNKNOWN)
        finally:
            self.type_scope = saved_scope
        return T.Func(params, ret, tparams)

    def _params(self, fn: A.Function, ctx: T.Func | None, *, declare: bool) -> tuple[T.Param, ...]:
        out = []
        handler = self._is_handler(fn)
        for i, p in enumerate(fn.params):
            if p.type is not None:
                t = self.resolve_type(p.type)
            else:
                c = self._contextual_param(fn, i, ctx)
                if p.rest and c is not None:
                    c = T.Arr(c)  # a rest parameter collects the contextual element type
                if c is None and handler and i == 0:
                    c = T.Ref(self.b.decls["#Request"])
                if c is None and p.default is not None:
                    c = T.widen(self.expr(p.default)) if declare else T.UNKNOWN
                t = c if c is not None else (T.Arr(T.UNKNOWN) if p.rest else T.UNKNOWN)
            optional = p.optional or p.default is not None
            if declare:
                if p.default is not None:
                    if p.type is not None:
                        dt = self.expr(p.default, t)
                        self.check_value(p.default, dt, t, "ZT0401")
                    elif not (ctx is None and not handler):
                        self.expr(p.default, t)
                    local = T.remove_undefined(t) if p.type is None or not T.has_undefined(t) else t
                elif p.optional and p.type is not None:
                    local = T.union((t, T.UNDEFINED))
                else:
                    local = t
                self.bind_pattern(p.pattern, local, "param")
            name = p.pattern.name if isinstance(p.pattern, A.Identifier) else f"arg{i}"
            out.append(T.Param(name, t, optional, p.rest))
        return tuple(out)

    def function(self, fn: A.Function, ctx: T.Func | None, *, hoisted: bool = False) -> T.Func:
        """Check a function (declaration, arrow or method) and return its type. ``ctx`` is the contextual
        function type (SPEC §6.3)."""
        if self.spec_depth and not hoisted:
            key = (id(fn), ctx)
            memo = self.spec_memo.get(key)
            if memo is not None:
                return memo  # type: ignore[return-value]
        saved_scope = self.type_scope
        saved_fn = self.fn
        saved_flow = self.flow
        self.type_scope = TypeScope(saved_scope)
        self.names.append({})
        try:
            tparams = self.resolver.type_params(fn.type_params, self.type_scope,
                                                f"{self.path}#f{self.fn_index.get(id(fn), 0)}")
            self.flow = {} if hoisted else self._closure_flow(saved_flow)
            for p in fn.params:
                for ident in pattern_identifiers(p.pattern):
                    self.names[-1][ident.name] = ident.binding
            params = self._params(fn, ctx, declare=True)
            declared = self.resolve_type(fn.returns) if fn.returns is not None else None
            ctx_ret = ctx.ret if ctx is not None and not _has_free_tvars(ctx.ret) else None
            literal_ret = declared is not None and T.is_literal_like(declared) or (
                ctx_ret is not None and T.is_literal_like(ctx_ret))
            self.fn = FnCtx(fn, declared, [], literal_ret)
            if isinstance(fn.body, A.Block):
                self._enter_names(fn.body.body)
                self._declare_types(fn.body.body, self.type_scope, f"@f{self.fn_index.get(id(fn), 0)}")
                self.statements(fn.body.body)
                if self.flow is not None:
                    self.fn.returns.append(T.UNDEFINED)
                    if declared is not None and not self.rel.assignable(T.UNDEFINED, declared):
                        span = fn.returns.span if fn.returns is not None else fn.span
                        self.error("ZT0405", f"type 'undefined' is not assignable to return type "
                                   f"'{T.print_type(declared)}'", span)
                returns = self.fn.returns
            else:
                expected = declared if declared is not None else ctx_ret
                t = self.expr(fn.body, expected)
                if declared is not None:
                    self.check_value(fn.body, t, declared, "ZT0405")
                returns = [t]
            if declared is not None:
                ret = declared
            else:
                ret = T.union(r if literal_ret else T.widen(r) for r in returns) if returns else T.UNDEFINED
        finally:
            self.type_scope = saved_scope
            self.fn = saved_fn
            self.flow = saved_flow
            self.names.pop()
        result = T.Func(params, ret, tparams)
        if self.spec_depth and not hoisted:
            self.spec_memo[(id(fn), ctx)] = result
        self.record(fn, result)
        return result

    def _closure_flow(self, outer: Flow | None) -> Flow:
        """Narrowings that survive into a closure: const bindings and parameters never reassigned
        (SPEC §6.3: let variables are not narrowed inside closures)."""
        if not outer:
            return {}
        out = {}
        for key, t in outer.items():
            b = self.bindings[key[0]] if 0 <= key[0] < len(self.bindings) else None
            if b is None:
                continue
            if b.kind in ("const", "import", "function") or (b.kind == "param" and not b.reassigned):
                out[key] = t
        return out

    def return_statement(self, node: A.Return) -> None:
        declared = self.fn.declared_ret
        if node.argument is None:
            t: T.Type = T.UNDEFINED
            if declared is not None and not self.rel.assignable(T.UNDEFINED, declared):
                self.error("ZT0405", f"type 'undefined' is not assignable to return type "
                           f"'{T.print_type(declared)}'", node.span)
        else:
            t = self.expr(node.argument, declared)
            if declared is not None:
                self.check_value(node.argument, t, declared, "ZT0405", declaring=True)
        self.fn.returns.append(t)
        self.flow = None

    # ------------------------------------------------------------------------------------------------
    # Patterns and declarations
    # ------------------------------------------------------------------------------------------------

    def declarator(self, stmt: A.VarDecl, d: A.Declarator) -> None:
        key = id(d)
        if key in self.declarators:
            return
        annotated = self.resolve_type(d.type) if d.type is not None else None
        init_t: T.Type | None = None
        if d.init is not None:
            init_t = self.expr(d.init, annotated if annotated is not None else pattern_context(d.target))
            if annotated is not None:
                self.check_value(d.init, init_t, annotated, "ZT0401", declaring=stmt.kind == "const")
        if annotated is not None:
            declared = annotated
        elif init_t is None:
            declared = T.UNKNOWN
        elif stmt.kind == "const":
            declared = init_t
        else:
            declared = T.widen(init_t)
            if declared == T.UNDEFINED:
                declared = T.UNKNOWN
            if not self.strict and isinstance(d.target, A.Identifier) and d.target.binding >= 0 and \
                    self.bindings[d.target.binding].reassigned:
                declared = T.UNKNOWN
        self.declarators[key] = declared
        self.bind_pattern(d.target, declared, stmt.kind, init=d.init)
        if isinstance(d.target, A.Identifier) and init_t is not None and annotated is not None \
                and d.target.binding >= 0:
            self._assigned_flow((d.target.binding,), annotated, init_t)

    def _assigned_flow(self, key: tuple, declared: T.Type, assigned: T.Type) -> None:
        """Assignment narrowing: a union-typed variable takes the members the assigned value fits."""
        self.invalidate(key)
        if declared == T.UNKNOWN:
            if assigned != T.UNKNOWN:
                self.set_flow(key, T.widen(assigned) if not self.strict else assigned)
            return
        ms = T.members(declared)
        if len(ms) < 2:
            return
        src = T.members(assigned)
        kept = [m for m in ms if any(self.rel.assignable(s, m) for s in src)]
        if kept and len(kept) < len(ms):
            self.set_flow(key, T.union(kept))

    def bind_pattern(self, pattern: Any, t: T.Type, kind: str, init: A.Expr | None = None) -> None:
        """Give the identifiers of a binding pattern their types from ``t``."""
        if isinstance(pattern, A.Identifier):
            if pattern.binding >= 0:
                self.btype[pattern.binding] = t
            self.record(pattern, t)
            return
        if isinstance(pattern, A.PatternDefault):
            dt = self.expr(pattern.default, pattern_context(pattern.target) or T.remove_undefined(t))
            inner = T.union((T.remove_undefined(t), T.widen(dt) if kind != "const" else dt)) \
                if T.has_undefined(t) or t == T.UNKNOWN else t
            if t == T.UNKNOWN:
                inner = T.UNKNOWN
            self.bind_pattern(pattern.target, inner, kind)
            return
        if isinstance(pattern, A.ArrayPattern):
            self.destructure_array(pattern, t, kind)
            return
        if isinstance(pattern, A.ObjectPattern):
            self.destructure_object(pattern, t, kind)
            return
        if isinstance(pattern, A.RestElement):
            self.bind_pattern(pattern.target, t, kind)
            return
        if isinstance(pattern, A.Member):
            self.assign_member(pattern, t, None)

    def destructure_array(self, pattern: A.ArrayPattern, t: T.Type, kind: str) -> None:
        if t != T.UNKNOWN and T.has_undefined(t):
            text = self.text.of(pattern)
            self.error("ZT0409", f"'{text}' is possibly undefined", pattern.span,
                       f"check '{text} !== undefined' first, or use '?.'")
            t = T.remove_undefined(t)
        e = T.expand(t)
        elem = T.iter_element(t, self.b.apparent)
        if elem is None:
            self.error("ZT0408", f"type '{T.print_type(t)}' is not iterable", pattern.span, category="iter")
            elem = T.UNKNOWN
        for i, el in enumerate(pattern.elements):
            if el is None:
                continue
            if isinstance(el, A.RestElement):
                if isinstance(e, T.Tup):
                    rest_t: T.Type = T.Tup(e.elems[i:])
                else:
                    rest_t = T.Arr(elem)
                self.bind_pattern(el.target, rest_t, kind)
                continue
            if isinstance(e, T.Tup):
                et = e.elems[i] if i < len(e.elems) else T.UNDEFINED
                if e.is_optional(i):
                    et = T.union((et, T.UNDEFINED))
            else:
                et = elem
            self.bind_pattern(el, et, kind)

    def destructure_object(self, pattern: A.ObjectPattern, t: T.Type, kind: str) -> None:
        if t != T.UNKNOWN and T.has_undefined(t):
            text = self.text.of(pattern)
            self.error("ZT0409", f"'{text}' is possibly undefined", pattern.span,
                       f"check '{text} !== undefined' first, or use '?.'")
            t = T.remove_undefined(t)
        used: list[str] = []
        for prop in pattern.properties:
            if isinstance(prop, A.RestElement):
                e = T.expand(t)
                if isinstance(e, T.Obj):
                    rest: T.Type = T.Obj(tuple(p for p in e.props if p.name not in used), e.index)
                else:
                    rest = T.UNKNOWN
                self.bind_pattern(prop.target, rest, kind)
                continue
            if prop.computed:
                self.expr(prop.key)  # type: ignore[arg-type]
                pt = T.UNKNOWN
            else:
                name = prop.key if isinstance(prop.key, str) else ""
                used.append(name)
                found = self.member_of(t, name, prop.span, report=True)
                pt = found
            self.bind_pattern(prop.value, pt, kind)

    # ------------------------------------------------------------------------------------------------
    # Statements
    # ------------------------------------------------------------------------------------------------

    def statements(self, body: list[A.Stmt]) -> None:
        for stmt in body:
            if self.flow is None:
                # Unreachable code is still checked (with no narrowings), so its types are known.
                self.flow = {}
                self.statement(stmt)
                self.flow = None
                continue
            self.statement(stmt)

    def statement(self, s: A.Stmt) -> None:
        if isinstance(s, A.ExprStmt):
            self.expr(s.expression)
        elif isinstance(s, A.VarDecl):
            for d in s.declarations:
                self.declarator(s, d)
        elif isinstance(s, A.Return):
            self.return_statement(s)
        elif isinstance(s, A.If):
            self.if_statement(s)
        elif isinstance(s, A.Block):
            self.block(s.body)
        elif isinstance(s, A.ForOf):
            self.for_of(s)
        elif isinstance(s, A.Switch):
            self.switch(s)
        elif isinstance(s, A.FunctionDecl):
            if s.function.name_id is not None and s.function.name_id.binding in self.decl_fn:
                self.function_decl(s)

    def block(self, body: list[A.Stmt]) -> None:
        saved_scope = self.type_scope
        self.type_scope = TypeScope(saved_scope)
        self.names.append({})
        try:
            first = body[0].span if body else (0, 0, 0, 0)
            self._enter_names(body)
            self._declare_types(body, self.type_scope, f"@{first[0]}:{first[1]}")
            self.statements(body)
        finally:
            self.type_scope = saved_scope
            self.names.pop()

    def if_statement(self, s: A.If) -> None:
        self.expr(s.test, T.BOOLEAN)
        before = self.flow
        self.flow = self.narrow(s.test, before, True)
        self.branch(s.consequent)
        after_then = self.flow
        self.flow = self.narrow(s.test, before, False)
        if s.alternate is not None:
            self.branch(s.alternate)
        self.flow = merge_states(after_then, self.flow)

    def branch(self, s: A.Stmt) -> None:
        if self.flow is None:
            self.flow = {}
            self.statement(s) if isinstance(s, A.Block) else self.block([s])
            self.flow = None
            return
        if isinstance(s, A.Block):
            self.block(s.body)
        else:
            self.block([s])

    def for_of(self, s: A.ForOf) -> None:
        it = self.expr(s.iterable)
        elem = T.iter_element(it, self.b.apparent)
        if elem is None:
            if T.has_undefined(it) and T.iter_element(T.remove_undefined(it), self.b.apparent) is not None:
                text = self.text.of(s.iterable)
                self.error("ZT0409", f"'{text}' is possibly undefined", s.iterable.span,
                           f"check '{text} !== undefined' first, or use '?.'")
                elem = T.iter_element(T.remove_undefined(it), self.b.apparent) or T.UNKNOWN
            else:
                self.error("ZT0408", f"type '{T.print_type(it)}' is not iterable", s.iterable.span,
                           category="iter")
                elem = T.UNKNOWN
        assigned = _assigned_bindings(s.body)
        before = self.flow
        if before is not None:
            for b in assigned:
                self.invalidate((b,))
        self.names.append({})
        for ident in pattern_identifiers(s.target):
            self.names[-1][ident.name] = ident.binding
        self.bind_pattern(s.target, elem, s.kind)
        self.names.pop()
        loop_start = dict(self.flow) if self.flow is not None else None
        self.branch(s.body)
        self.flow = loop_start if before is not None else None
        if self.flow is not None:
            for b in assigned:
                self.invalidate((b,))

    def switch(self, s: A.Switch) -> None:
        dt = self.expr(s.discriminant)
        before = self.flow
        has_default = False
        remaining = before
        pending: Flow | None = None  # state flowing into a grouped (empty) case
        for case in s.cases:
            if case.test is None:
                has_default = True
                entry = merge_states(pending, remaining)
            else:
                self.flow = remaining
                self.expr(case.test, T.widen(dt))
                eq = A.Binary("===", s.discriminant, case.test, span=case.test.span)
                entry = merge_states(pending, self.narrow(eq, remaining, True))
                remaining = self.narrow(eq, remaining, False)
            if not case.body:
                pending = entry
                continue
            pending = None
            self.flow = entry
            self.block(case.body)
        self.flow = None if has_default else remaining

    # ------------------------------------------------------------------------------------------------
    # Table
    # ------------------------------------------------------------------------------------------------

    def record(self, node: A.Node, t: T.Type) -> None:
        self.table[(node.span, type(node).__name__)] = t


# ---------------------------------------------------------------------------------------------------------
# Tree helpers
# ---------------------------------------------------------------------------------------------------------


def _preorder_functions(module: A.Module) -> list[A.Function]:
    return [n for n in _walk(module.body) if isinstance(n, A.Function)]


_FIELDS: dict[type, tuple[str, ...]] = {}
_SKIPPED = frozenset(["span", "bindings", "folds", "comptime_exports", "type", "returns", "type_params",
                      "type_args", "source", "name", "op", "kind", "raw", "value_text"])


def node_fields(cls: type) -> tuple[str, ...]:
    """The fields of a node class that may hold child nodes."""
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f for f in cls.__dataclass_fields__ if f not in _SKIPPED)  # type: ignore[attr-defined]
    return names


def value_children(node: Any) -> Iterator[Any]:
    """The direct child nodes of ``node`` that belong to values (type syntax and bindings skipped)."""
    if isinstance(node, (A.TypeNode, A.TypeAlias, A.Interface, A.Binding)):
        return
    for name in node_fields(node.__class__):
        value = getattr(node, name)
        if isinstance(value, A.Node):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, A.Node):
                    yield item


def _walk(nodes: list[Any]) -> Iterator[Any]:
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(list(value_children(node))))


def _assigned_bindings(node: Any) -> set[int]:
    out: set[int] = set()
    for n in _walk([node]):
        if isinstance(n, A.Assign):
            target = n.target
            if isinstance(target, A.Identifier):
                if target.binding >= 0:
                    out.add(target.binding)
            elif not isinstance(target, A.Member):
                out.update(i.binding for i in pattern_identifiers(target) if i.binding >= 0)
    return out


def pattern_context(pattern: Any) -> T.Type | None:
    """The contextual type a destructuring pattern gives an array literal: a tuple (TypeScript's
    binding-pattern rule), so that ``const [a, [b]] = [1, ["x"]]`` types each position."""
    if isinstance(pattern, A.ArrayPattern):
        return T.Tup(tuple((pattern_context(el) or T.UNKNOWN) if el is not None else T.UNKNOWN
                           for el in pattern.elements if not isinstance(el, A.RestElement)))
    if isinstance(pattern, A.PatternDefault):
        return pattern_context(pattern.target)
    return None


def _has_free_tvars(t: T.Type) -> bool:
    if isinstance(t, T.TVar):
        return True
    if isinstance(t, (T.Union, T.Inter)):
        return any(_has_free_tvars(m) for m in t.members)
    if isinstance(t, (T.Arr, T.Iter)):
        return _has_free_tvars(t.elem)
    if isinstance(t, T.Tup):
        return any(_has_free_tvars(e) for e in t.elems)
    if isinstance(t, T.Ref):
        return any(_has_free_tvars(a) for a in t.args)
    if isinstance(t, T.Func):
        own = {tp.uid for tp in t.tparams}
        return any(_has_free(p.type, own) for p in t.params) or _has_free(t.ret, own)
    if isinstance(t, T.Obj):
        return any(_has_free_tvars(p.type) for p in t.props) or (
            t.index is not None and _has_free_tvars(t.index)) or any(_has_free_tvars(c) for c in t.calls)
    return False


def _has_free(t: T.Type, bound: set[str]) -> bool:
    if isinstance(t, T.TVar):
        return t.uid not in bound
    return _has_free_tvars(t) if not bound else _has_free_tvars(T.subst(t, {u: T.UNKNOWN for u in bound}))


has_free_tvars = _has_free_tvars
walk = _walk
