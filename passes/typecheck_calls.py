"""Calls (SPEC §6.4): callee types, overloads, generic inference, arity (ZT0403) and argument checks
(ZT0402); JSX components; and ``check_value``, the assignability check with TypeScript's elaboration
(errors point at the offending property or element of a literal, ZT0401) and nominal interfaces (§6.6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import jsast as A
from . import types as T
from .typecheck_expr import is_index_name

if TYPE_CHECKING:
    from .typecheck_checker import Checker

_MESSAGES = {
    "ZT0401": "type '{s}' is not assignable to type '{t}'",
    "ZT0402": "argument of type '{s}' is not assignable to parameter of type '{t}'",
    "ZT0405": "type '{s}' is not assignable to return type '{t}'",
}


def _plural(n: int) -> str:
    return "argument" if n == 1 else "arguments"


def arity_message(lo: int, hi: int | None, got: int) -> str:
    if hi is None:
        return f"expected at least {lo} {_plural(lo)}, but got {got}"
    if lo == hi:
        return f"expected {lo} {_plural(lo)}, but got {got}"
    return f"expected {lo}-{hi} arguments, but got {got}"


class CallMixin:
    # -- calls ------------------------------------------------------------------------------------------

    def e_Call(self: Checker, e: A.Call, ctx: T.Type | None) -> T.Type:
        callee = e.callee
        if isinstance(callee, A.Identifier) and callee.binding < 0 and callee.name == "comptime" and len(e.args) == 1:
            return T.widen(self.expr(e.args[0]))
        ft = self.expr(callee)
        if e.optional:
            ft = self._optional_base(ft)
        elif ft != T.UNKNOWN and T.has_undefined(ft) and self.signatures(T.remove_undefined(ft)) is None:
            return self.call(ft, e.args, callee, e)  # not callable at all: one ZT0408 for the whole type
        else:
            ft = self.check_defined(callee, ft)
        if isinstance(callee, A.Identifier) and callee.binding >= 0:
            self.calls_of.setdefault(callee.binding, []).append(e)
        special = self.special_call(e, ft)
        if special is not None:
            return special
        return self.call(ft, e.args, callee, e, e.type_args)

    def special_call(self: Checker, e: A.Call, ft: T.Type) -> T.Type | None:
        callee = e.callee
        if isinstance(callee, A.Member) and not callee.computed and callee.prop == "flat" and not e.args:
            obj = self.table.get((callee.object.span, type(callee.object).__name__))
            if obj is not None:
                oe = T.expand(obj)
                if isinstance(oe, T.Arr):
                    inner = []
                    for m in T.members(oe.elem):
                        me = T.expand(m)
                        inner.append(me.elem if isinstance(me, T.Arr) else m)
                    return T.Arr(T.union(inner))
        return None

    def signatures(self: Checker, ft: T.Type) -> list[T.Func] | None:
        """The call signatures of a callee type; None when it is certainly not callable."""
        per_member: list[list[T.Func]] = []
        for m in T.members(ft):
            out: list[T.Func] = []
            e = T.expand(m)
            if isinstance(e, T.TVar):
                e = T.expand(e.constraint) if e.constraint is not None else T.UNKNOWN
            if e == T.UNKNOWN:
                return []
            if isinstance(e, T.Func):
                out.append(e)
            elif isinstance(e, T.Obj) and e.calls:
                out.extend(e.calls)
            elif e == T.NEVER:
                return []
            else:
                return None
            per_member.append(out)
        # A union of function types is called through its first member's signatures (overloads included).
        return per_member[0] if per_member else []

    def call(self: Checker, ft: T.Type, args: list[Any], callee: Any, node: Any,
             type_args: list[A.TypeNode] | None = None) -> T.Type:
        sigs = self.signatures(ft)
        if sigs is None:
            self.error("ZT0408", f"type '{T.print_type(ft)}' is not callable", callee.span, category="iter")
            sigs = []
        if not sigs:
            for a in args:
                self.expr(a.argument if isinstance(a, A.Spread) else a)
            return T.UNKNOWN
        explicit = tuple(self.resolve_type(t) for t in type_args) if type_args else ()
        if len(sigs) == 1:
            return self.apply(sigs[0], args, callee, node, explicit)
        fitting = [s for s in sigs if _arity_fits(s, args)]
        for sig in fitting:
            with self.speculate():
                self.apply(sig, args, callee, node, explicit)
                ok = not self.diags
            if ok:
                return self.apply(sig, args, callee, node, explicit)
        if fitting:
            return self.apply(fitting[0], args, callee, node, explicit)
        lo = min(s.arity()[0] for s in sigs)
        his = [s.arity()[1] for s in sigs]
        hi = None if any(h is None for h in his) else max(h for h in his if h is not None)
        category = "builtin" if sigs[0].builtin else "ts"
        self.error("ZT0403", arity_message(lo, hi, len(args)), _arity_span(callee, node, args, hi),
                   category=category)
        for a in args:
            self.expr(a.argument if isinstance(a, A.Spread) else a)
        return sigs[-1].ret if not sigs[-1].tparams else T.UNKNOWN

    def apply(self: Checker, sig: T.Func, args: list[Any], callee: Any, node: Any,
              explicit: tuple[T.Type, ...] = ()) -> T.Type:
        """Check ``args`` against one signature; returns the (instantiated) return type."""
        category = "builtin" if sig.builtin else "ts"
        arg_category = "builtin" if sig.builtin == 2 else ("coerce" if sig.builtin else "ts")
        if sig.tparams:
            mapping = self.infer(sig, args, explicit)
            inst = T.subst(T.Func(sig.params, sig.ret, (), sig.builtin), mapping)
            assert isinstance(inst, T.Func)
        else:
            inst = sig
        lo, hi = inst.arity()
        spread = any(isinstance(a, A.Spread) for a in args)
        if not spread and (len(args) < lo or (hi is not None and len(args) > hi)):
            self.error("ZT0403", arity_message(lo, hi, len(args)), _arity_span(callee, node, args, hi),
                       category=category)
        for i, a in enumerate(args):
            pt = param_type(inst, i)
            if isinstance(a, A.Spread):
                st = self.expr(a.argument)
                elem = T.iter_element(st, self.b.apparent)
                if elem is None:
                    self.error("ZT0408", f"type '{T.print_type(st)}' is not iterable", a.argument.span,
                               category="iter")
                elif pt is not None and not self.rel.assignable(elem, pt):
                    self.error("ZT0402", _MESSAGES["ZT0402"].format(s=T.print_type(elem), t=T.print_type(pt)),
                               a.span, category=arg_category)
                continue
            if pt is None:
                self.expr(a)
                continue
            optional = i < len(inst.params) and inst.params[i].optional
            at = self.expr(a, T.union((pt, T.UNDEFINED)) if optional else pt)
            self.check_value(a, at, pt, "ZT0402", category=arg_category, optional=optional)
        return inst.ret

    def apply_types(self: Checker, ft: T.Type, args: list[tuple[Any, T.Type]], callee: Any, node: Any) -> T.Type:
        """A call whose single argument is already typed (``x |> f``)."""
        sigs = self.signatures(ft)
        if sigs is None:
            self.error("ZT0408", f"type '{T.print_type(ft)}' is not callable", callee.span, category="iter")
            return T.UNKNOWN
        if not sigs:
            return T.UNKNOWN
        sig = sigs[0]
        category = "builtin" if sig.builtin else "ts"
        arg_category = "builtin" if sig.builtin == 2 else ("coerce" if sig.builtin else "ts")
        if sig.tparams:
            cands: dict[str, list[T.Type]] = {}
            for i, (_, at) in enumerate(args):
                pt = param_type(sig, i)
                if pt is not None:
                    infer_from(at, pt, cands, {tp.uid for tp in sig.tparams})
            mapping = _choose(sig, cands)
            inst = T.subst(T.Func(sig.params, sig.ret, (), sig.builtin), mapping)
            assert isinstance(inst, T.Func)
            sig = inst
        lo, hi = sig.arity()
        if len(args) < lo or (hi is not None and len(args) > hi):
            self.error("ZT0403", arity_message(lo, hi, len(args)), callee.span, category=category)
        for i, (a, at) in enumerate(args):
            pt = param_type(sig, i)
            if pt is not None and not self.rel.assignable(at, pt):
                self.error("ZT0402", _MESSAGES["ZT0402"].format(s=T.print_type(_display_source(at, pt)),
                                                                t=T.print_type(pt)), a.span, category=arg_category)
        return sig.ret

    # -- generic inference ------------------------------------------------------------------------------

    def infer(self: Checker, sig: T.Func, args: list[Any], explicit: tuple[T.Type, ...]) -> dict[str, T.Type]:
        if explicit:
            mapping = {}
            for i, tp in enumerate(sig.tparams):
                mapping[tp.uid] = explicit[i] if i < len(explicit) else (tp.default or T.UNKNOWN)
            return mapping
        uids = {tp.uid for tp in sig.tparams}
        cands: dict[str, list[T.Type]] = {}
        sensitive = [i for i, a in enumerate(args) if context_sensitive(a)]
        for i, a in enumerate(args):
            if i in sensitive or isinstance(a, A.Spread):
                continue
            pt = param_type(sig, i)
            if pt is None:
                continue
            with self.speculate():
                at = self.expr(a, _erase(pt, uids))
            infer_from(at, pt, cands, uids)
        for i in sensitive:
            pt = param_type(sig, i)
            if pt is None:
                continue
            partial = _choose(sig, cands, fill=False)
            ctx = T.subst(pt, partial)
            with self.speculate():
                at = self.expr(args[i], ctx)
            infer_from(at, pt, cands, uids)
        return _choose(sig, cands)

    # -- JSX components -----------------------------------------------------------------------------------

    def jsx_component(self: Checker, e: A.JSXElement) -> T.Type:
        tag = e.tag
        ft = self.expr(tag) if isinstance(tag, A.Node) else T.UNKNOWN
        sigs = self.signatures(ft)
        props_t: T.Type | None = None
        if sigs:
            sig = sigs[0]
            if sig.params:
                props_t = sig.params[0].type
        elif sigs is None:
            self.error("ZT0408", f"type '{T.print_type(ft)}' is not callable", tag.span)  # type: ignore[union-attr]
        target = T.expand(props_t) if props_t is not None else None
        if isinstance(target, T.Inter):
            target = T.merge_intersection(target)
        given: list[T.Prop] = []
        for attr in e.attrs:
            if isinstance(attr, A.JSXSpreadAttr):
                st = T.expand(self.expr(attr.argument))
                if isinstance(st, T.Obj):
                    given.extend(st.props)
                continue
            expected = self.contextual_property(props_t, attr.name) if props_t is not None else None
            if attr.value is None:
                vt: T.Type = T.TRUE
            else:
                vt = self.expr(attr.value, expected)
            if expected is None or not T.is_literal_like(expected):
                vt = T.widen(vt)
            given.append(T.Prop(attr.name, vt))
            if isinstance(target, T.Obj) and attr.name not in ("key", "ref"):
                if target.prop(attr.name) is None and target.index is None:
                    self.error("ZT0401", f"object literal may only specify known properties; '{attr.name}' "
                               f"does not exist in type '{T.print_type(props_t)}'", attr.span)
                elif expected is not None and attr.value is not None:
                    self.check_value(attr.value, vt, expected, "ZT0401")
                elif expected is not None and not self.rel.assignable(vt, expected):
                    self.error("ZT0401", _MESSAGES["ZT0401"].format(s=T.print_type(vt), t=T.print_type(expected)),
                               attr.span)
        children = [self.expr(c, None) for c in e.children]
        if children:
            ct = T.widen(children[0]) if len(children) == 1 else T.Arr(T.union(T.widen(c) for c in children))
            given.append(T.Prop("children", ct))
            if isinstance(target, T.Obj) and target.prop("children") is None and target.index is None:
                self.error("ZT0401", f"object literal may only specify known properties; 'children' does not "
                           f"exist in type '{T.print_type(props_t)}'", e.children[0].span)
        if isinstance(target, T.Obj):
            names = {p.name for p in given}
            missing = [p for p in target.props if not p.optional and p.name not in names]
            if missing:
                given_t = T.Obj(tuple(p for p in given if p.name not in ("key", "ref")))
                span = tag.span if isinstance(tag, A.Node) else e.span
                self.error("ZT0402", _MESSAGES["ZT0402"].format(s=T.print_type(given_t), t=T.print_type(props_t)),
                           span)
        return T.ELEMENT

    # -- assignability with elaboration ---------------------------------------------------------------------

    def check_value(self: Checker, node: Any, src: T.Type, target: T.Type, code: str, *,
                    declaring: bool = False, category: str = "ts", optional: bool = False) -> bool:
        """Report ``code`` when the value of ``node`` (of type ``src``) is not assignable to ``target``.
        Object and array literals, conditionals and expression-bodied arrows are elaborated: the error
        points at the offending part (TypeScript's behaviour). ``optional``: the target is an optional
        parameter or property, which also accepts ``undefined`` (the message shows the declared type)."""
        if optional and src != T.UNKNOWN and T.has_undefined(src):
            src = T.remove_undefined(src)
            if src == T.NEVER:
                return True
        if target == T.UNKNOWN or src == T.UNKNOWN:
            return True
        nominal = isinstance(target, T.Ref) and target.decl.kind == "interface" and target.decl.is_nominal()
        if isinstance(node, A.ObjectLit) and node.span not in self.fold_spans:  # folded values are not fresh
            if nominal and declaring:
                target = T.expand(target)
                nominal = False
            if not nominal:
                return self._check_object_literal(node, src, target, code, category)
        if isinstance(node, A.Conditional) and not nominal:
            ct = self.table.get((node.consequent.span, type(node.consequent).__name__), T.UNKNOWN)
            at = self.table.get((node.alternate.span, type(node.alternate).__name__), T.UNKNOWN)
            ok1 = self.check_value(node.consequent, ct, target, code, declaring=declaring, category=category)
            ok2 = self.check_value(node.alternate, at, target, code, declaring=declaring, category=category)
            return ok1 and ok2
        if self.rel.assignable(src, target):
            return True
        if isinstance(node, A.ArrayLit) and not nominal:
            te = T.expand(T.remove_undefined(target))
            if isinstance(te, T.Tup) and len(te.elems) == len(node.elements) and \
                    not any(isinstance(el, A.Spread) for el in node.elements):
                ok = True
                for el, et_target in zip(node.elements, te.elems, strict=True):
                    et = self.table.get((el.span, type(el).__name__), T.UNKNOWN)
                    ok = self.check_value(el, et, et_target, "ZT0401", category=category) and ok
                if not ok:
                    return False
            if isinstance(te, T.Arr) and not any(isinstance(el, A.Spread) for el in node.elements):
                ok = True
                for el in node.elements:
                    et = self.table.get((el.span, type(el).__name__), T.UNKNOWN)
                    ok = self.check_value(el, et, te.elem, "ZT0401", category=category) and ok
                if not ok:
                    return False
        if isinstance(node, A.Function) and not isinstance(node.body, A.Block) and node.returns is None:
            fe = self.contextual_function(target)
            sf = T.expand(src)
            if fe is not None and isinstance(sf, T.Func) and not self.rel.assignable(sf.ret, fe.ret) and \
                    len(node.params) <= len(fe.params):
                bt = self.table.get((node.body.span, type(node.body).__name__), sf.ret)
                return self.check_value(node.body, bt, fe.ret, "ZT0401", category=category)
        help_text = None
        if nominal:
            help_text = (f"'{target.decl.name}' is a nominal interface (all members are functions); only values "  # type: ignore[union-attr]
                         f"declared with type '{target.decl.name}' are assignable")  # type: ignore[union-attr]
        shown = _display_source(src, target)
        self.error(code, _MESSAGES[code].format(s=T.print_type(shown), t=T.print_type(target)), node.span,
                   help_text, category=category)
        return False

    def _check_object_literal(self: Checker, node: A.ObjectLit, src: T.Type, target: T.Type, code: str,
                              category: str) -> bool:
        shown = T.remove_undefined(target) if T.has_undefined(target) else target
        te = T.expand(shown)
        if isinstance(te, T.Inter):
            te = T.merge_intersection(te)
        objects = [T.expand(m) for m in T.members(te)]
        objects = [T.merge_intersection(o) if isinstance(o, T.Inter) else o for o in objects]
        obj_targets = [o for o in objects if isinstance(o, T.Obj)]
        only_objects = bool(obj_targets) and len(obj_targets) == len(objects)
        written = [p.key for p in node.properties if isinstance(p, A.Property) and not p.computed]
        # Excess properties (SPEC §6.4): only against object types without index signatures.
        if only_objects and not any(o.index is not None or not o.props for o in obj_targets):
            for p in node.properties:
                if isinstance(p, A.Spread) or p.computed:
                    continue
                name: str = p.key  # type: ignore[assignment]
                if not any(o.prop(name) is not None or (o.number_index is not None and is_index_name(name))
                           for o in obj_targets):
                    self.error("ZT0401", f"object literal may only specify known properties; '{name}' does not "
                               f"exist in type '{T.print_type(shown)}'", p.span, category=category)
                    return False
        if self.rel.assignable(src, target):
            return True
        candidates = [o for o in obj_targets if all(p.optional or p.name in written for p in o.props)]
        if len(obj_targets) == 1:
            candidates = obj_targets
        if len(candidates) == 1:
            if not self._elaborate_properties(node, src, candidates[0], category):
                return False
            if self.rel.assignable(src, target):
                return True
        self.error(code, _MESSAGES[code].format(s=T.print_type(src), t=T.print_type(shown)), node.span,
                   category=category)
        return False

    def _elaborate_properties(self: Checker, node: A.ObjectLit, src: T.Type, o: T.Obj, category: str) -> bool:
        """Check each written property against the target's; errors point at the property value."""
        ok = True
        sobj = T.expand(src)
        for p in node.properties:
            if isinstance(p, A.Spread) or p.computed:
                continue
            tp = o.prop(p.key)  # type: ignore[arg-type]
            pt = tp.type if tp is not None else o.index
            if pt is None:
                continue
            vt = self.table.get((p.value.span, type(p.value).__name__))
            if isinstance(sobj, T.Obj) and not isinstance(p.value, (A.ObjectLit, A.ArrayLit)):
                sp = sobj.prop(p.key)  # type: ignore[arg-type]
                if sp is not None:
                    vt = sp.type
            if vt is None:
                continue
            optional = tp is not None and tp.optional
            ok = self.check_value(p.value, vt, pt, "ZT0401", category=category, optional=optional) and ok
        return ok


# ---------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------


def param_type(sig: T.Func, i: int) -> T.Type | None:
    if i < len(sig.params):
        p = sig.params[i]
        if p.rest:
            e = T.expand(p.type)
            return e.elem if isinstance(e, T.Arr) else T.UNKNOWN
        return p.type
    if sig.params and sig.params[-1].rest:
        e = T.expand(sig.params[-1].type)
        return e.elem if isinstance(e, T.Arr) else T.UNKNOWN
    return None


def _arity_fits(sig: T.Func, args: list[Any]) -> bool:
    if any(isinstance(a, A.Spread) for a in args):
        return True
    lo, hi = sig.arity()
    return lo <= len(args) and (hi is None or len(args) <= hi)


def _arity_span(callee: Any, node: Any, args: list[Any], hi: int | None) -> A.Span:
    if hi is not None and len(args) > hi:
        first, last = args[hi].span, args[-1].span
        return (first[0], first[1], last[2], last[3])
    if isinstance(callee, A.Member) and not callee.computed and isinstance(callee.prop, str):
        line, col = callee.span[2], callee.span[3]
        return (line, max(col - len(callee.prop), 1), line, col)
    return callee.span


def _display_source(src: T.Type, target: T.Type) -> T.Type:
    """TypeScript shows a literal source as its primitive unless the target has literal members."""
    if not T.is_literal_like(src):
        return src
    for m in T.members(target):
        if isinstance(T.expand(m), T.Lit):  # TypeScript: 'boolean' does not count here
            return src
    return T.widen(src)


def context_sensitive(node: Any) -> bool:
    """Arguments whose type depends on the parameter type (TypeScript's context-sensitive expressions)."""
    if isinstance(node, A.Function):
        return any(p.type is None for p in node.params)
    if isinstance(node, A.ObjectLit):
        return any(isinstance(p, A.Property) and context_sensitive(p.value) for p in node.properties)
    if isinstance(node, A.ArrayLit):
        return any(context_sensitive(el) for el in node.elements)
    return False


def _erase(t: T.Type, uids: set[str]) -> T.Type:
    return T.subst(t, {u: T.UNKNOWN for u in uids})


def _contains(t: T.Type, uids: set[str]) -> bool:
    if isinstance(t, T.TVar):
        return t.uid in uids
    if isinstance(t, (T.Union, T.Inter)):
        return any(_contains(m, uids) for m in t.members)
    if isinstance(t, (T.Arr, T.Iter)):
        return _contains(t.elem, uids)
    if isinstance(t, T.Tup):
        return any(_contains(e, uids) for e in t.elems)
    if isinstance(t, T.Ref):
        return any(_contains(a, uids) for a in t.args)
    if isinstance(t, T.Func):
        return any(_contains(p.type, uids) for p in t.params) or _contains(t.ret, uids)
    if isinstance(t, T.Obj):
        return any(_contains(p.type, uids) for p in t.props) or (t.index is not None and _contains(t.index, uids)) \
            or any(_contains(c, uids) for c in t.calls)
    return False


def _same_shape(s: T.Type, t: T.Type) -> bool:
    se, te = T.expand(s), T.expand(t)
    if isinstance(te, (T.Arr, T.Tup)):
        return isinstance(se, (T.Arr, T.Tup))
    if isinstance(te, T.Func):
        return isinstance(se, T.Func)
    if isinstance(te, T.Obj):
        return isinstance(se, T.Obj)
    if isinstance(te, T.Iter):
        return T.iter_element(se) is not None
    return False


def infer_from(s: T.Type, t: T.Type, cands: dict[str, list[T.Type]], uids: set[str], depth: int = 0) -> None:
    """Collect candidates for the type parameters ``uids`` from source ``s`` against target ``t``."""
    if depth > 12 or s == T.UNKNOWN and not isinstance(t, T.TVar):
        return
    if isinstance(t, T.TVar):
        if t.uid in uids:
            cands.setdefault(t.uid, []).append(s)
        return
    if not _contains(t, uids):
        return
    if isinstance(t, T.Ref) and isinstance(s, T.Ref) and s.decl == t.decl:
        for a, b in zip(s.args, t.args, strict=False):
            infer_from(a, b, cands, uids, depth + 1)
        return
    if isinstance(t, T.Union):
        naked = [m for m in t.members if isinstance(m, T.TVar) and m.uid in uids]
        others = [m for m in t.members if m not in naked]
        remaining = []
        for sm in T.members(s):
            matched = False
            for om in others:
                if _contains(om, uids) and _same_shape(sm, om):
                    infer_from(sm, om, cands, uids, depth + 1)
                    matched = True
                elif not _contains(om, uids) and T.assignable(sm, om):
                    matched = True
            if not matched:
                remaining.append(sm)
        if naked and remaining:
            cands.setdefault(naked[0].uid, []).append(T.union(remaining))
        return
    te = T.expand(t)
    se = T.expand(s)
    if isinstance(se, T.Union) and not isinstance(te, T.Union):
        for m in se.members:
            infer_from(m, t, cands, uids, depth + 1)
        return
    if isinstance(te, T.Arr):
        if isinstance(se, T.Arr):
            infer_from(se.elem, te.elem, cands, uids, depth + 1)
        elif isinstance(se, T.Tup):
            infer_from(T.union(se.elems), te.elem, cands, uids, depth + 1)
        return
    if isinstance(te, T.Tup):
        if isinstance(se, T.Tup):
            for a, b in zip(se.elems, te.elems, strict=False):
                infer_from(a, b, cands, uids, depth + 1)
        elif isinstance(se, T.Arr):
            for b in te.elems:
                infer_from(se.elem, b, cands, uids, depth + 1)
        return
    if isinstance(te, T.Iter):
        elem = T.iter_element(se)
        if elem is not None:
            infer_from(elem, te.elem, cands, uids, depth + 1)
        return
    if isinstance(te, T.Func):
        sf = se if isinstance(se, T.Func) else (se.calls[0] if isinstance(se, T.Obj) and se.calls else None)
        if sf is None:
            return
        for sp, tp in zip(sf.params, te.params, strict=False):
            infer_from(sp.type, tp.type, cands, uids, depth + 1)
        infer_from(sf.ret, te.ret, cands, uids, depth + 1)
        return
    if isinstance(te, T.Obj) and isinstance(se, T.Obj):
        for p in te.props:
            sp = se.prop(p.name)
            if sp is not None:
                infer_from(sp.type, p.type, cands, uids, depth + 1)
        if te.number_index is not None:
            for sp in se.props:
                if is_index_name(sp.name):
                    infer_from(sp.type, te.number_index, cands, uids, depth + 1)
        if te.index is not None:
            for sp in se.props:
                infer_from(sp.type, te.index, cands, uids, depth + 1)
            if se.index is not None:
                infer_from(se.index, te.index, cands, uids, depth + 1)
        return


def _at_top(t: T.Type, uid: str) -> bool:
    return any(isinstance(m, T.TVar) and m.uid == uid for m in T.members(t))


def _choose(sig: T.Func, cands: dict[str, list[T.Type]], *, fill: bool = True) -> dict[str, T.Type]:
    mapping: dict[str, T.Type] = {}
    for tp in sig.tparams:
        found = cands.get(tp.uid)
        if found:
            keep = _at_top(sig.ret, tp.uid) or (tp.constraint is not None and T.is_literal_like(tp.constraint))
            t = T.union(found if keep else (T.widen(c) for c in found))
            if tp.constraint is not None and not T.assignable(t, tp.constraint):
                t = tp.constraint
            mapping[tp.uid] = t
        elif fill:
            mapping[tp.uid] = tp.default if tp.default is not None else T.UNKNOWN
        else:
            mapping[tp.uid] = T.UNKNOWN
    return mapping
