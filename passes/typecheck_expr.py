"""Typing expressions (SPEC §6.3, §6.4): literals, names, members, operators, literals of objects and
arrays, assignments, conditionals, pipes, match and JSX. Calls live in ``typecheck_calls``.

Every typed expression is recorded in the checker's table by ``(span, node class)``; the type recorded is
the one in force at that point of the flow (after narrowing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import jsast as A
from . import types as T

if TYPE_CHECKING:
    from .typecheck_checker import Checker

_ARITH = {"-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"}
_COMPARE = {"<", "<=", ">", ">=", "===", "!==", "in"}
TYPEOF_RESULT = T.union(T.lit(s) for s in ("string", "number", "boolean", "undefined", "object", "function"))


def is_index_name(name: str) -> bool:
    return name.isdigit() and (name == "0" or not name.startswith("0"))


class ExprMixin:
    # -- dispatch ---------------------------------------------------------------------------------------

    def expr(self: Checker, e: Any, ctx: T.Type | None = None) -> T.Type:
        method = getattr(self, "e_" + type(e).__name__, None)
        t = method(e, ctx) if method is not None else T.UNKNOWN
        if self.fold_spans and e.span in self.fold_spans:
            t = T.widen(t)  # a folded comptime value (SPEC §0.1)
        self.table[(e.span, type(e).__name__)] = t
        return t

    def e_Invalid(self: Checker, e: A.Invalid, ctx: T.Type | None) -> T.Type:
        return T.UNKNOWN

    def e_NumberLit(self: Checker, e: A.NumberLit, ctx: T.Type | None) -> T.Type:
        return T.lit(e.value)

    def e_StringLit(self: Checker, e: A.StringLit, ctx: T.Type | None) -> T.Type:
        return T.lit(e.value)

    def e_BoolLit(self: Checker, e: A.BoolLit, ctx: T.Type | None) -> T.Type:
        return T.lit(e.value)

    def e_Hole(self: Checker, e: A.Hole, ctx: T.Type | None) -> T.Type:
        return T.UNDEFINED

    def e_TemplateLit(self: Checker, e: A.TemplateLit, ctx: T.Type | None) -> T.Type:
        for sub in e.exprs:
            self.expr(sub)
        if not e.exprs:
            return T.lit(e.quasis[0]) if ctx is not None and T.is_literal_like(ctx) else T.STRING
        return T.STRING

    def e_Identifier(self: Checker, e: A.Identifier, ctx: T.Type | None) -> T.Type:
        if e.binding >= 0:
            return self.current_type((e.binding,), self.binding_type(e.binding))
        if e.name == "undefined":
            return T.UNDEFINED
        return self.b.globals.get(e.name, T.UNKNOWN)

    def e_Spread(self: Checker, e: A.Spread, ctx: T.Type | None) -> T.Type:
        return self.expr(e.argument)

    def e_Function(self: Checker, e: A.Function, ctx: T.Type | None) -> T.Type:
        return self.function(e, self.contextual_function(ctx))

    def contextual_function(self: Checker, ctx: T.Type | None) -> T.Func | None:
        if ctx is None:
            return None
        found: list[T.Func] = []
        for m in T.members(ctx):
            m = T.expand(m)
            if isinstance(m, T.Func):
                found.append(m)
            elif isinstance(m, T.Obj) and len(m.calls) == 1 and not m.props:
                found.append(m.calls[0])
        return found[0] if len(found) == 1 else None

    # -- members ----------------------------------------------------------------------------------------

    def e_Chain(self: Checker, e: A.Chain, ctx: T.Type | None) -> T.Type:
        self.chain_flags.append(False)
        try:
            t = self.expr(e.expression, ctx)
        finally:
            short = self.chain_flags.pop()
        return T.union((t, T.UNDEFINED)) if short else t

    def _optional_base(self: Checker, t: T.Type) -> T.Type:
        if T.has_undefined(t):
            if self.chain_flags:
                self.chain_flags[-1] = True
            return T.remove_undefined(t)
        return t

    def check_defined(self: Checker, node: Any, t: T.Type) -> T.Type:
        """ZT0409 when ``t`` (the value of ``node``) may be undefined; returns ``t`` without undefined."""
        if t == T.UNKNOWN or not T.has_undefined(t):
            return t
        text = self.text.of(node)
        self.error("ZT0409", f"'{text}' is possibly undefined", node.span,
                   f"check '{text} !== undefined' first, or use '?.'")
        rest = T.remove_undefined(t)
        return rest if rest != T.NEVER else T.UNKNOWN

    def e_Member(self: Checker, e: A.Member, ctx: T.Type | None) -> T.Type:
        obj_t = self.expr(e.object)
        obj_t = self._optional_base(obj_t) if e.optional else self.check_defined(e.object, obj_t)
        if e.computed:
            key_t = self.expr(e.prop)
            name = literal_key(key_t)
            if name is None:
                t = self.index_access(obj_t, key_t)
                return t
        else:
            name = e.prop  # type: ignore[assignment]
        category = "namespace" if self._is_namespace(e.object) else "ts"
        t = self.member_of(obj_t, name, self.prop_span(e), category=category)
        key = self.ref_key(e)
        if key is not None:
            t = self.current_type(key, t)
        return t

    def _is_namespace(self: Checker, node: Any) -> bool:
        from .builtin_types import NAMESPACES

        return isinstance(node, A.Identifier) and node.binding < 0 and node.name in NAMESPACES

    def prop_span(self: Checker, e: A.Member) -> A.Span:
        """The span of a non-computed member's property name."""
        if e.computed or not isinstance(e.prop, str):
            return e.prop.span if isinstance(e.prop, A.Node) else e.span
        line, col = e.span[2], e.span[3]
        return (line, max(col - len(e.prop), 1), line, col)

    def member_of(self: Checker, t: T.Type, name: str, span: A.Span, *, report: bool = True,
                  category: str = "ts") -> T.Type:
        """The type of reading property ``name`` of a value of type ``t`` (undefined already removed)."""
        if t == T.UNKNOWN or t == T.NEVER:
            return t
        ms = T.members(t)
        if len(ms) > 1 and all(isinstance(T.expand(m), (T.Arr, T.Tup)) for m in ms):
            # A union of array types reads its members like an array of the union of the elements
            # (so that ``(number[] | string[]).map(...)`` has one signature to call).
            elems = [T.expand(m) for m in ms]
            readonly = any(e.readonly for e in elems)  # type: ignore[attr-defined]
            merged = T.Arr(T.union(e.elem if isinstance(e, T.Arr) else T.union(e.elems) for e in elems), readonly)
            if not is_index_name(name):
                ms = (merged,)
        if len(ms) == 1:
            found = self.lookup_member(ms[0], name)
            if found is None:
                if report:
                    self.error("ZT0404", f"property '{name}' does not exist on type '{T.print_type(t)}'", span,
                               category=category)
                return T.UNKNOWN
            return found
        results = [self.lookup_member(m, name) for m in ms]
        if all(r is not None for r in results):
            return T.union(results)  # type: ignore[arg-type]
        if all(self.is_objectish(m) for m in ms) and any(r is not None for r in results):
            return T.union([r for r in results if r is not None] + [T.UNDEFINED])
        if report:
            self.error("ZT0404", f"property '{name}' does not exist on type '{T.print_type(t)}'", span,
                       category=category)
        return T.UNKNOWN

    def is_objectish(self: Checker, t: T.Type) -> bool:
        e = T.expand(t)
        return isinstance(e, (T.Obj, T.Arr, T.Tup, T.Func, T.Opaque, T.Inter)) or e == T.OBJECT

    def lookup_member(self: Checker, t: T.Type, name: str) -> T.Type | None:
        """Property ``name`` of one (non-union) type, or None when it has no such property."""
        if isinstance(t, T.TVar):
            return self.lookup_member(t.constraint, name) if t.constraint is not None else T.UNKNOWN
        e = T.expand(t)
        if isinstance(e, T.Union):
            results = [self.lookup_member(m, name) for m in e.members]
            if any(r is None for r in results):
                return None
            return T.union(results)  # type: ignore[arg-type]
        if e == T.UNKNOWN:
            return T.UNKNOWN
        if e == T.NEVER:
            return T.NEVER
        if isinstance(e, T.Inter):
            e = T.merge_intersection(e)
            if isinstance(e, T.Inter):
                for m in e.members:
                    r = self.lookup_member(m, name)
                    if r is not None:
                        return r
                return None
        if isinstance(e, (T.Arr, T.Tup)):
            if is_index_name(name):
                if isinstance(e, T.Tup):
                    i = int(name)
                    if i >= len(e.elems):
                        return None
                    return T.union((e.elems[i], T.UNDEFINED)) if e.is_optional(i) else e.elems[i]
                return e.elem
            apparent = self.b.apparent(e)
            return _obj_member(apparent, name) if isinstance(apparent, T.Obj) else None
        if isinstance(e, (T.Prim, T.Lit)):
            if e in (T.UNDEFINED, T.VOID, T.OBJECT):
                return None
            apparent = self.b.apparent(e)
            if isinstance(apparent, T.Obj):
                if is_index_name(name) and (e == T.STRING or isinstance(e, T.Lit) and e.kind == "string"):
                    return T.STRING
                return _obj_member(apparent, name)
            return None
        if isinstance(e, T.Func):
            return _obj_member(self.b.function, name)  # type: ignore[arg-type]
        if isinstance(e, T.Obj):
            found = _obj_member(e, name)
            if found is None and e.calls and not e.props and e.index is None:
                return _obj_member(self.b.function, name)  # type: ignore[arg-type]
            return found
        return None

    def index_access(self: Checker, t: T.Type, key: T.Type) -> T.Type:
        """``o[k]`` with a key whose value is not known statically."""
        if t == T.UNKNOWN:
            return T.UNKNOWN
        numeric = self.rel.assignable(key, T.NUMBER) and key != T.UNKNOWN
        out: list[T.Type] = []
        for m in T.members(t):
            e = T.expand(m)
            if isinstance(e, T.TVar):
                out.append(T.UNKNOWN)
            elif isinstance(e, T.Arr) and numeric:
                out.append(e.elem)
            elif isinstance(e, T.Tup) and numeric:
                out.append(T.union(e.elems))
            elif (e == T.STRING or isinstance(e, T.Lit) and e.kind == "string") and numeric:
                out.append(T.STRING)
            elif isinstance(e, T.Obj) and numeric and e.number_index is not None:
                out.append(e.number_index)
            elif isinstance(e, T.Obj) and e.index is not None:
                out.append(e.index)
            elif isinstance(e, T.Obj) and not e.props and e.number_index is not None:
                out.append(e.number_index)
            else:
                out.append(T.UNKNOWN)
        return T.union(out)

    # -- operators --------------------------------------------------------------------------------------

    def e_Unary(self: Checker, e: A.Unary, ctx: T.Type | None) -> T.Type:
        if e.op == "typeof":
            if isinstance(e.operand, A.Identifier) and e.operand.binding < 0 and \
                    e.operand.name not in self.b.globals:
                self.table[(e.operand.span, "Identifier")] = T.UNKNOWN
            else:
                self.expr(e.operand)
            return TYPEOF_RESULT
        if e.op == "!":
            self.expr(e.operand, T.BOOLEAN)
            return T.BOOLEAN
        t = self.expr(e.operand)
        if e.op == "-" and isinstance(t, T.Lit) and t.kind == "number":
            return T.lit(-t.value)
        if e.op == "+" and isinstance(t, T.Lit) and t.kind == "number":
            return t
        return T.NUMBER

    def e_Binary(self: Checker, e: A.Binary, ctx: T.Type | None) -> T.Type:
        lt = self.expr(e.left)
        rt = self.expr(e.right)
        if e.op in _COMPARE:
            return T.BOOLEAN
        if e.op in _ARITH:
            return T.NUMBER
        return plus_type(lt, rt)

    def e_Logical(self: Checker, e: A.Logical, ctx: T.Type | None) -> T.Type:
        before = self.flow
        if e.op == "??":
            lt = self.expr(e.left, ctx)
            rt = self.expr(e.right, ctx)
            if lt == T.UNKNOWN:
                return T.UNKNOWN
            return T.union((T.remove_undefined(lt), rt))
        self.expr(e.left, T.BOOLEAN)
        self.flow = self.narrow(e.left, before, e.op == "&&")
        reachable = self.flow
        if reachable is None:
            self.flow = dict(before) if before is not None else {}
        self.expr(e.right, T.BOOLEAN)
        self.flow = before
        return T.BOOLEAN

    def e_Conditional(self: Checker, e: A.Conditional, ctx: T.Type | None) -> T.Type:
        self.expr(e.test, T.BOOLEAN)
        before = self.flow
        self.flow = self.narrow(e.test, before, True) if before is not None else None
        if self.flow is None:
            self.flow = {}
        ct = self.expr(e.consequent, ctx)
        self.flow = self.narrow(e.test, before, False) if before is not None else None
        if self.flow is None:
            self.flow = {}
        at = self.expr(e.alternate, ctx)
        self.flow = before
        return T.union((ct, at))

    # -- literals of arrays and objects -----------------------------------------------------------------

    def e_ArrayLit(self: Checker, e: A.ArrayLit, ctx: T.Type | None) -> T.Type:
        cx = _object_part(ctx)
        tuple_ctx = cx if isinstance(cx, T.Tup) else None
        elem_ctx: T.Type | None = None
        if isinstance(cx, T.Arr):
            elem_ctx = cx.elem
        elif isinstance(cx, T.Iter):
            elem_ctx = cx.elem
        if tuple_ctx is not None and not any(isinstance(el, A.Spread) for el in e.elements):
            out = []
            for i, el in enumerate(e.elements):
                ec = tuple_ctx.elems[i] if i < len(tuple_ctx.elems) else None
                t = self.expr(el, ec)
                out.append(t if ec is not None and T.is_literal_like(ec) else T.widen(t))
            return T.Tup(tuple(out))
        keep = elem_ctx is not None and T.is_literal_like(elem_ctx)
        elems: list[T.Type] = []
        for el in e.elements:
            if isinstance(el, A.Spread):
                st = self.expr(el.argument)
                it = T.iter_element(st, self.b.apparent)
                if it is None:
                    self.error("ZT0408", f"type '{T.print_type(st)}' is not iterable", el.argument.span,
                               category="iter")
                    it = T.UNKNOWN
                elems.append(it)
            else:
                t = self.expr(el, elem_ctx)
                elems.append(t if keep else T.widen(t))
        if not elems:
            return T.Arr(elem_ctx if elem_ctx is not None else T.UNKNOWN)
        return T.Arr(T.union(elems))

    def e_ObjectLit(self: Checker, e: A.ObjectLit, ctx: T.Type | None) -> T.Type:
        props: dict[str, T.Prop] = {}
        index_types: list[T.Type] = []
        for p in e.properties:
            if isinstance(p, A.Spread):
                st = self.expr(p.argument)
                st = T.remove_undefined(st) if st != T.UNKNOWN else st
                spread = T.expand(st)
                if isinstance(spread, T.Inter):
                    spread = T.merge_intersection(spread)
                if isinstance(spread, T.Obj):
                    for sp in spread.props:
                        props[sp.name] = T.Prop(sp.name, sp.type, sp.optional)
                    if spread.index is not None:
                        index_types.append(spread.index)
                else:
                    index_types.append(T.UNKNOWN)
                continue
            if p.computed:
                kt = self.expr(p.key)
                name = literal_key(kt)
                if name is None:
                    vt = self.expr(p.value)
                    index_types.append(T.widen(vt))
                    continue
            else:
                name = p.key  # type: ignore[assignment]
            pctx = self.contextual_property(ctx, name)
            vt = self.expr(p.value, pctx)
            if not (pctx is not None and T.is_literal_like(pctx)):
                vt = T.widen(vt)
            props.pop(name, None) if name not in props else None
            props[name] = T.Prop(name, vt, False, False, isinstance(p.value, A.Function) and p.value.is_method)
        index = T.union(index_types) if index_types else None
        return T.Obj(tuple(props.values()), index)

    def contextual_property(self: Checker, ctx: T.Type | None, name: str) -> T.Type | None:
        if ctx is None:
            return None
        declared: list[T.Type] = []
        indexed: list[T.Type] = []
        for m in T.members(ctx):
            e = _object_part(m)
            if isinstance(e, T.Obj):
                p = e.prop(name)
                if p is not None:
                    declared.append(p.type)
                elif e.index is not None:
                    indexed.append(e.index)
        # Members that declare the property win over index signatures (so that a literal keeps its type
        # where one member of a union context lists it).
        found = declared or indexed
        if not found:
            return None
        return T.union(found)

    # -- assignment -------------------------------------------------------------------------------------

    def e_Assign(self: Checker, e: A.Assign, ctx: T.Type | None) -> T.Type:
        target = e.target
        op = e.op
        if isinstance(target, A.Identifier):
            declared = self.binding_type(target.binding) if target.binding >= 0 else T.UNKNOWN
            current = self.current_type((target.binding,), declared)
            if op == "=":
                vt = self.expr(e.value, declared if declared != T.UNKNOWN else None)
                if target.binding >= 0:
                    self.check_value(e.value, vt, declared, "ZT0401")
                result = vt
            else:
                result = self.compound(e, current, declared)
            self.table[(target.span, "Identifier")] = current
            if target.binding >= 0:
                self._assigned_flow((target.binding,), declared, result)
            return result
        if isinstance(target, A.Member):
            if op == "=":
                prop_t = self.assign_member(target, None, e.value)
                return prop_t
            current = self.expr(target)
            result = self.compound(e, current, current)
            self.assign_member(target, result, None)
            return result
        vt = self.expr(e.value)
        self.assign_pattern(target, vt)
        return vt

    def compound(self: Checker, e: A.Assign, current: T.Type, declared: T.Type) -> T.Type:
        op = e.op[:-1]
        if op in ("&&", "||"):
            before = self.flow
            self.flow = self.narrow(e.target, before, op == "&&") or dict(before or {})
            vt = self.expr(e.value, T.BOOLEAN)
            self.flow = before
            return T.union((current, vt)) if current != T.BOOLEAN else T.BOOLEAN
        if op == "??":
            vt = self.expr(e.value, declared if declared != T.UNKNOWN else None)
            if current == T.UNKNOWN:
                return T.UNKNOWN
            result = T.union((T.remove_undefined(current), vt))
            self.check_value(e.value, vt, declared, "ZT0401")
            return result
        vt = self.expr(e.value)
        result = plus_type(current, vt) if op == "+" else T.NUMBER
        if declared != T.UNKNOWN and not self.rel.assignable(result, declared):
            self.error("ZT0401", f"type '{T.print_type(result)}' is not assignable to type "
                       f"'{T.print_type(declared)}'", e.span)
        return result

    def assign_pattern(self: Checker, pattern: Any, t: T.Type) -> None:
        """Destructuring assignment ``[a, b] = value``."""
        if isinstance(pattern, A.Identifier):
            if pattern.binding >= 0:
                declared = self.binding_type(pattern.binding)
                if not self.rel.assignable(t, declared):
                    self.error("ZT0401", f"type '{T.print_type(t)}' is not assignable to type "
                               f"'{T.print_type(declared)}'", pattern.span)
                self._assigned_flow((pattern.binding,), declared, t)
            self.table[(pattern.span, "Identifier")] = t
            return
        if isinstance(pattern, A.Member):
            self.assign_member(pattern, t, None)
            return
        if isinstance(pattern, A.PatternDefault):
            dt = self.expr(pattern.default)
            self.assign_pattern(pattern.target, T.union((T.remove_undefined(t), dt)) if T.has_undefined(t) else t)
            return
        if isinstance(pattern, A.RestElement):
            self.assign_pattern(pattern.target, t)
            return
        if isinstance(pattern, A.ArrayPattern):
            e = T.expand(t)
            elem = T.iter_element(t, self.b.apparent) or T.UNKNOWN
            for i, el in enumerate(pattern.elements):
                if el is None:
                    continue
                if isinstance(el, A.RestElement):
                    self.assign_pattern(el.target, T.Arr(elem))
                elif isinstance(e, T.Tup) and i < len(e.elems):
                    self.assign_pattern(el, e.elems[i])
                else:
                    self.assign_pattern(el, elem)
            return
        if isinstance(pattern, A.ObjectPattern):
            for prop in pattern.properties:
                if isinstance(prop, A.RestElement):
                    self.assign_pattern(prop.target, T.UNKNOWN)
                    continue
                if prop.computed:
                    self.expr(prop.key)  # type: ignore[arg-type]
                    pt = T.UNKNOWN
                else:
                    pt = self.member_of(t, prop.key, prop.span)  # type: ignore[arg-type]
                self.assign_pattern(prop.value, pt)

    def assign_member(self: Checker, target: A.Member, value_t: T.Type | None, value_node: Any) -> T.Type:
        """A write ``obj.p = value``: existence (ZT0404), read-only (ZT0407) and the value's type."""
        obj_t = self.expr(target.object)
        obj_t = self.check_defined(target.object, obj_t)
        name: str | None
        if target.computed:
            key_t = self.expr(target.prop)
            name = literal_key(key_t)
        else:
            name = target.prop  # type: ignore[assignment]
        slot: T.Type = T.UNKNOWN
        if name is not None and obj_t != T.UNKNOWN:
            found = self.write_slot(obj_t, name)
            if found is None:
                self.error("ZT0404", f"property '{name}' does not exist on type '{T.print_type(obj_t)}'",
                           self.prop_span(target))
            else:
                slot, readonly = found
                if readonly:
                    self.error("ZT0407", f"cannot assign to '{name}' because it is a read-only property",
                               target.span)
        elif name is None:
            slot = self.index_access(obj_t, self.table.get((target.prop.span, type(target.prop).__name__),
                                                           T.UNKNOWN))
        if value_node is not None:
            value_t = self.expr(value_node, slot if slot != T.UNKNOWN else None)
            self.check_value(value_node, value_t, slot, "ZT0401")
        self.table[(target.span, "Member")] = slot
        key = self.ref_key(target)
        if key is not None:
            self.invalidate(key)
        return value_t if value_t is not None else slot

    def write_slot(self: Checker, t: T.Type, name: str) -> tuple[T.Type, bool] | None:
        """(type, read-only) of the property written, or None when the type has no such property."""
        results = []
        for m in T.members(t):
            e = T.expand(m)
            if isinstance(e, T.Inter):
                e = T.merge_intersection(e)
            if isinstance(e, T.TVar) or e == T.UNKNOWN:
                return T.UNKNOWN, False
            if isinstance(e, T.Obj):
                p = e.prop(name)
                if p is not None:
                    results.append((p.type, p.readonly or p.method and False))
                elif e.index is not None:
                    results.append((e.index, e.index_readonly))
                elif e.number_index is not None and is_index_name(name):
                    results.append((e.number_index, False))
                else:
                    return None
            elif isinstance(e, (T.Arr, T.Tup)):
                if is_index_name(name):
                    elem = e.elem if isinstance(e, T.Arr) else (
                        e.elems[int(name)] if int(name) < len(e.elems) else None)
                    if elem is None:
                        return None
                    results.append((elem, e.readonly))
                elif name == "length":
                    results.append((T.NUMBER, e.readonly or isinstance(e, T.Tup)))
                else:
                    return None
            elif isinstance(e, (T.Prim, T.Lit)):
                if name == "length" and (e == T.STRING or isinstance(e, T.Lit) and e.kind == "string"):
                    results.append((T.NUMBER, True))
                else:
                    return None
            else:
                return None
        if not results:
            return None
        return T.union(r[0] for r in results), any(r[1] for r in results)

    # -- pipe, match --------------------------------------------------------------------------------------

    def e_Pipe(self: Checker, e: A.Pipe, ctx: T.Type | None) -> T.Type:
        vt = self.expr(e.value)
        if isinstance(e.func, A.Function):
            ft = self.expr(e.func, T.Func((T.Param("value", vt),), T.UNKNOWN))
        else:
            ft = self.expr(e.func)
        return self.apply_types(ft, [(e.value, vt)], e.func, e)

    def e_Match(self: Checker, e: A.Match, ctx: T.Type | None) -> T.Type:
        self.expr(e.discriminant)
        before = self.flow
        key = self.ref_key(e.discriminant)
        results: list[T.Type] = []
        remaining = before
        catch_all = False
        for arm in e.arms:
            self.flow = dict(remaining) if remaining is not None else {}
            if arm.pattern is None or isinstance(arm.pattern, A.WildcardPattern):
                catch_all = True
            elif key is not None:
                self.flow = self.narrow_pattern(key, e.discriminant, arm.pattern, self.flow)
            results.append(self.expr(arm.body, ctx))
        self.flow = before
        if not catch_all:
            results.append(T.UNDEFINED)
        return T.union(results)

    # -- JSX --------------------------------------------------------------------------------------------

    def e_JSXFragment(self: Checker, e: A.JSXFragment, ctx: T.Type | None) -> T.Type:
        for child in e.children:
            self.expr(child)
        return T.ELEMENT

    def e_JSXText(self: Checker, e: A.JSXText, ctx: T.Type | None) -> T.Type:
        return T.STRING

    def e_JSXExprContainer(self: Checker, e: A.JSXExprContainer, ctx: T.Type | None) -> T.Type:
        return self.expr(e.expression, ctx)

    def e_JSXSpreadChild(self: Checker, e: A.JSXSpreadChild, ctx: T.Type | None) -> T.Type:
        return self.expr(e.expression)

    def e_JSXElement(self: Checker, e: A.JSXElement, ctx: T.Type | None) -> T.Type:
        if not e.is_component:
            for attr in e.attrs:
                if isinstance(attr, A.JSXAttr):
                    if attr.value is not None:
                        self.expr(attr.value)
                else:
                    self.expr(attr.argument)
            for child in e.children:
                self.expr(child)
            return T.ELEMENT
        return self.jsx_component(e)


def literal_key(t: T.Type) -> str | None:
    """The property name a computed key of literal type stands for."""
    if isinstance(t, T.Lit):
        if t.kind == "string":
            return t.value
        if t.kind == "number":
            return T.number_to_string(t.value)
    return None


def plus_type(lt: T.Type, rt: T.Type) -> T.Type:
    """The type of ``a + b`` (SPEC §3.14)."""
    def stringish(t: T.Type) -> bool:
        return all(m == T.STRING or (isinstance(m, T.Lit) and m.kind == "string") for m in T.members(t))

    def maybe_string(t: T.Type) -> bool:
        return t == T.UNKNOWN or any(m == T.STRING or (isinstance(m, T.Lit) and m.kind == "string")
                                     or isinstance(m, (T.TVar,)) for m in T.members(t))

    if stringish(lt) or stringish(rt):
        return T.STRING
    if lt == T.UNKNOWN or rt == T.UNKNOWN:
        return T.UNKNOWN
    if maybe_string(lt) or maybe_string(rt):
        return T.union((T.STRING, T.NUMBER))
    le, re_ = T.expand(lt), T.expand(rt)
    if any(isinstance(x, (T.Obj, T.Arr, T.Tup, T.Func, T.Opaque)) for x in T.members(le) + T.members(re_)):
        return T.union((T.STRING, T.NUMBER))
    return T.NUMBER


def _object_part(t: T.Type | None) -> T.Type | None:
    """The array/tuple/object member of a contextual type (undefined removed)."""
    if t is None:
        return None
    t = T.remove_undefined(t)
    e = T.expand(t)
    if isinstance(e, T.Union):
        objs = [T.expand(m) for m in e.members if isinstance(T.expand(m), (T.Obj, T.Arr, T.Tup, T.Iter))]
        if len(objs) == 1:
            return objs[0]
        arrays = [m for m in objs if isinstance(m, (T.Arr, T.Tup))]
        return arrays[0] if len(arrays) == 1 else (objs[0] if objs else None)
    if isinstance(e, T.Inter):
        return T.merge_intersection(e)
    return e


def _obj_member(o: T.Obj, name: str) -> T.Type | None:
    p = o.prop(name)
    if p is not None:
        return T.union((p.type, T.UNDEFINED)) if p.optional else p.type
    if o.number_index is not None and is_index_name(name):
        return o.number_index
    if o.index is not None:
        return o.index
    return None
