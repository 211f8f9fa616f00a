"""Flow narrowing (SPEC §6.3, §12.3): ``typeof``, ``=== undefined``, literal equality, discriminant
properties, ``Array.isArray``, ``!``, ``&&``/``||`` chains and match patterns.

A flow state maps reference keys — ``(binding,)`` for a name, ``(binding, "a", "b")`` for ``x.a.b`` — to
their narrowed types; ``None`` is an unreachable state. ``narrow(cond, state, sense)`` gives the state in
which ``cond`` evaluated to ``sense``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import jsast as A
from . import types as T

if TYPE_CHECKING:
    from .typecheck_checker import Checker

Flow = dict[tuple, T.Type]


def merge_states(a: Flow | None, b: Flow | None) -> Flow | None:
    """The state after two paths join: a key keeps a narrowing only when both paths have one."""
    if a is None:
        return b
    if b is None:
        return a
    return {k: T.union((t, b[k])) for k, t in a.items() if k in b}


def typeof_tag(t: T.Type) -> str | None:
    """What ``typeof`` gives for values of a non-union type (None when it cannot be told)."""
    e = T.expand(t)
    if isinstance(e, T.TVar):
        return typeof_tag(e.constraint) if e.constraint is not None else None
    if isinstance(e, T.Lit):
        return e.kind
    if isinstance(e, T.Prim):
        if e.name in ("string", "number", "boolean", "undefined"):
            return e.name
        if e.name == "void":
            return "undefined"
        if e.name == "object":
            return "object"
        return None
    if isinstance(e, T.Func) or (isinstance(e, T.Obj) and e.calls and not e.props):
        return "function"
    if isinstance(e, (T.Obj, T.Arr, T.Tup, T.Opaque, T.Iter, T.Inter)):
        return "object"
    return None


_TYPEOF_TYPES = {"string": T.STRING, "number": T.NUMBER, "boolean": T.BOOLEAN, "undefined": T.UNDEFINED,
                 "object": T.OBJECT}


def _is_unit(t: T.Type) -> bool:
    return isinstance(t, T.Lit) or t in (T.UNDEFINED, T.VOID)


class NarrowMixin:
    def ref_key(self: Checker, e: Any) -> tuple | None:
        """The reference key of a name or a member path, or None."""
        if isinstance(e, A.Identifier):
            return (e.binding,) if e.binding >= 0 else None
        if isinstance(e, A.Chain):
            return self.ref_key(e.expression)
        if isinstance(e, A.Member):
            base = self.ref_key(e.object)
            if base is None:
                return None
            if e.computed:
                if isinstance(e.prop, A.StringLit):
                    return base + (e.prop.value,)
                if isinstance(e.prop, A.NumberLit):
                    return base + (T.number_to_string(e.prop.value),)
                return None
            return base + (e.prop,)
        return None

    def ref_type(self: Checker, e: Any, key: tuple) -> T.Type:
        if self.flow is not None and key in self.flow:
            return self.flow[key]
        t = self.table.get((e.span, type(e).__name__))
        if t is not None:
            return t
        if len(key) == 1:
            return self.binding_type(key[0])
        return T.UNKNOWN

    def narrow(self: Checker, e: Any, state: Flow | None, sense: bool) -> Flow | None:
        if state is None:
            return None
        if isinstance(e, A.Unary) and e.op == "!":
            return self.narrow(e.operand, state, not sense)
        if isinstance(e, A.Logical):
            if e.op == "&&":
                if sense:
                    return self.narrow(e.right, self.narrow(e.left, state, True), True)
                return merge_states(self.narrow(e.left, state, False),
                                    self.narrow(e.right, self.narrow(e.left, state, True), False))
            if e.op == "||":
                if sense:
                    return merge_states(self.narrow(e.left, state, True),
                                        self.narrow(e.right, self.narrow(e.left, state, False), True))
                return self.narrow(e.right, self.narrow(e.left, state, False), False)
            return state
        if isinstance(e, A.Binary) and e.op in ("===", "!=="):
            return self._narrow_equality(e, state, sense if e.op == "===" else not sense)
        if isinstance(e, A.Call) and len(e.args) == 1 and _is_global_member(e.callee, "Array", "isArray"):
            return self._narrow_by(e.args[0], state, lambda t: _filter_array(t, sense))
        if isinstance(e, A.BoolLit):
            return state if e.value == sense else None
        if isinstance(e, (A.Member, A.Identifier, A.Chain)):
            return self._narrow_truthy(e, state, sense)
        return state

    # -- helpers ------------------------------------------------------------------------------------------

    def _narrow_by(self: Checker, ref: Any, state: Flow, fn: Any) -> Flow | None:
        key = self.ref_key(ref)
        if key is None:
            return state
        saved = self.flow
        self.flow = state
        try:
            current = self.ref_type(ref, key)
        finally:
            self.flow = saved
        narrowed = fn(current)
        if narrowed is None:
            return state
        if narrowed == T.NEVER and current != T.NEVER:
            out = dict(state)
            out[key] = T.NEVER
            return out
        out = dict(state)
        out[key] = narrowed
        return out

    def _narrow_equality(self: Checker, e: A.Binary, state: Flow, equal: bool) -> Flow | None:
        left, right = e.left, e.right
        # typeof x === "tag"
        for a, b in ((left, right), (right, left)):
            if isinstance(a, A.Unary) and a.op == "typeof" and isinstance(b, A.StringLit):
                return self._narrow_by(a.operand, state, _typeof_filter(b.value, equal))
        for a, b in ((left, right), (right, left)):
            lit = _literal_of(b)
            if lit is not None:
                return self._narrow_literal(a, lit, state, equal)
        return state

    def _narrow_literal(self: Checker, a: Any, lit: T.Type, state: Flow, equal: bool) -> Flow | None:
        out = state
        if self.ref_key(a) is not None:
            out = self._narrow_by(a, state, lambda t: _filter_equal(t, lit, equal)) or state
        # discriminant: x.kind === "a" narrows x
        inner = a.expression if isinstance(a, A.Chain) else a
        if isinstance(inner, A.Member) and not inner.computed and self.ref_key(inner.object) is not None:
            prop: str = inner.prop  # type: ignore[assignment]
            out = self._narrow_by(inner.object, out, lambda t: self._filter_discriminant(
                t, prop, lambda pt: _filter_equal(pt, lit, equal)))
        return out

    def _narrow_truthy(self: Checker, e: Any, state: Flow, sense: bool) -> Flow | None:
        out = self._narrow_by(e, state, lambda t: _filter_truthy(t, sense))
        inner = e.expression if isinstance(e, A.Chain) else e
        if isinstance(inner, A.Member) and not inner.computed and self.ref_key(inner.object) is not None:
            prop = inner.prop
            out = self._narrow_by(inner.object, out or state,
                                  lambda t: self._filter_discriminant(t, prop, lambda pt: _filter_truthy(pt, sense)))  # type: ignore[arg-type]
        return out

    def _filter_discriminant(self: Checker, t: T.Type, prop: str, keep: Any) -> T.Type | None:
        """Union members whose property ``prop`` can satisfy the condition (None: no narrowing)."""
        ms = T.members(t)
        if len(ms) < 2:
            return None
        kept = []
        for m in ms:
            if m in (T.UNDEFINED, T.VOID):
                continue
            pt = self.lookup_member(m, prop)
            if pt is None:
                pt = T.UNDEFINED
            narrowed = keep(pt)
            if narrowed is None or narrowed != T.NEVER:
                kept.append(m)
        if len(kept) == len(ms):
            return None
        return T.union(kept)

    def narrow_pattern(self: Checker, key: tuple, ref: Any, pattern: Any, state: Flow) -> Flow:
        """The state inside a match arm whose pattern matched ``ref``."""
        saved = self.flow
        self.flow = state
        try:
            current = self.ref_type(ref, key)
        finally:
            self.flow = saved
        narrowed = self._pattern_filter(current, pattern)
        out = dict(state)
        if narrowed is not None and narrowed != T.NEVER:
            out[key] = narrowed
        return out

    def _pattern_filter(self: Checker, t: T.Type, pattern: Any) -> T.Type | None:
        if isinstance(pattern, A.LiteralPattern):
            value = pattern.value
            lit = T.UNDEFINED if value is None else T.lit(value)
            return _filter_equal(t, lit, True)
        if isinstance(pattern, A.ObjectMatchPattern):
            result = T.remove_undefined(t) if t != T.UNKNOWN else t
            for k, p in zip(pattern.keys, pattern.patterns, strict=False):
                if isinstance(p, A.LiteralPattern):
                    lit = T.UNDEFINED if p.value is None else T.lit(p.value)
                    filtered = self._filter_discriminant(result, k, lambda pt, lit=lit: _filter_equal(pt, lit, True))
                    if filtered is not None:
                        result = filtered
            return result
        if isinstance(pattern, A.ArrayMatchPattern):
            return _filter_array(t, True)
        return None


def _is_global_member(e: Any, obj: str, prop: str) -> bool:
    return (isinstance(e, A.Member) and not e.computed and e.prop == prop and isinstance(e.object, A.Identifier)
            and e.object.binding < 0 and e.object.name == obj)


def _literal_of(e: Any) -> T.Type | None:
    if isinstance(e, A.StringLit):
        return T.lit(e.value)
    if isinstance(e, A.NumberLit):
        return T.lit(e.value)
    if isinstance(e, A.BoolLit):
        return T.lit(e.value)
    if isinstance(e, A.Identifier) and e.name == "undefined" and e.binding < 0:
        return T.UNDEFINED
    if isinstance(e, A.Unary) and e.op == "-" and isinstance(e.operand, A.NumberLit):
        return T.lit(-e.operand.value)
    return None


def _filter_equal(t: T.Type, lit: T.Type, equal: bool) -> T.Type | None:
    if t == T.UNKNOWN:
        return lit if equal else None
    ms = T.members(t)
    out: list[T.Type] = []
    for m in ms:
        e = T.expand(m) if isinstance(m, T.Ref) else m
        if equal:
            if e == lit:
                out.append(m)
            elif lit in (T.UNDEFINED,) and e == T.VOID:
                out.append(T.UNDEFINED)
            elif isinstance(lit, T.Lit) and (e == T.PRIMITIVES.get(lit.kind)):
                out.append(lit)
            elif isinstance(e, T.TVar) or e == T.UNKNOWN:
                out.append(m)
        else:
            if _is_unit(e) and (e == lit or (lit == T.UNDEFINED and e == T.VOID)):
                continue
            if e == T.BOOLEAN and isinstance(lit, T.Lit) and lit.kind == "boolean":
                out.append(T.lit(not lit.value))
                continue
            out.append(m)
    return T.union(out)


def _typeof_filter(tag: str, equal: bool) -> Any:
    return lambda t: _filter_typeof(t, tag, equal)


def _filter_typeof(t: T.Type, tag: str, equal: bool) -> T.Type | None:
    if t == T.UNKNOWN:
        if not equal:
            return None
        return _TYPEOF_TYPES.get(tag)
    out = []
    for m in T.members(t):
        got = typeof_tag(m)
        if got is None:
            out.append(m)
        elif (got == tag) == equal:
            out.append(m)
    return T.union(out)


def _filter_truthy(t: T.Type, sense: bool) -> T.Type | None:
    if t == T.UNKNOWN:
        return None
    out = []
    for m in T.members(t):
        if m == T.BOOLEAN:
            out.append(T.TRUE if sense else T.FALSE)
        elif isinstance(m, T.Lit) and m.kind == "boolean":
            if m.value == sense:
                out.append(m)
        elif m in (T.UNDEFINED, T.VOID):
            if not sense:
                out.append(m)
        else:
            out.append(m)
    return T.union(out)


def _filter_array(t: T.Type, sense: bool) -> T.Type | None:
    if t == T.UNKNOWN:
        return T.Arr(T.UNKNOWN) if sense else None
    out = []
    for m in T.members(t):
        e = T.expand(m)
        is_array = isinstance(e, (T.Arr, T.Tup))
        if isinstance(e, T.TVar):
            out.append(m)
        elif is_array == sense:
            out.append(m)
    return T.union(out)
