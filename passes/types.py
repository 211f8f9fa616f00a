"""The type model of the checker (SPEC §6): types, unions, substitution, printing, assignability.

Public API (used by ``typecheck``, ``boolcheck`` and ``verify``)
---------------------------------------------------------------
Types are immutable, hashable values:

* ``Prim(name)`` — ``string number boolean undefined void never unknown object`` (constants ``STRING``,
  ``NUMBER``, ``BOOLEAN``, ``UNDEFINED``, ``VOID``, ``NEVER``, ``UNKNOWN``, ``OBJECT``);
* ``Lit(kind, value)`` — literal types (``kind`` is "string", "number" or "boolean"); build with ``lit()``;
* ``Union(members)`` / ``Inter(members)`` — build with ``union(...)`` / ``inter(...)`` (normalised: flat,
  deduplicated, literals absorbed by their primitive, ``true | false`` is ``boolean``, ``unknown`` absorbs);
* ``Arr(elem, readonly)``, ``Tup(elems, optional, readonly)``, ``Iter(elem)`` (``Iterable<T>``);
* ``Obj(props, index, ...)`` with ``Prop(name, type, optional, readonly, method)`` — object types;
* ``Func(params, ret, tparams)`` with ``Param(name, type, optional, rest)`` — function types;
* ``TVar`` — a type parameter; ``Ref(decl, args)`` — a named alias or interface (printed by name);
* ``Opaque(name)`` — ``JSX.Element`` and ``Range``.

Helpers: ``expand(t)`` (a ``Ref`` to its structure), ``members(t)`` (union members), ``has_undefined(t)``,
``remove_undefined(t)``, ``widen(t)`` (literals to primitives), ``subst(t, mapping)``, ``print_type(t)``
(as TypeScript prints it, SPEC §6.7), ``assignable(source, target)`` (SPEC §6.5) and ``encode`` /
``decode`` (canonical JSON forms, see ``TypeCodec``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


class Type:
    """Base class of every type."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Prim(Type):
    name: str


STRING = Prim("string")
NUMBER = Prim("number")
BOOLEAN = Prim("boolean")
UNDEFINED = Prim("undefined")
VOID = Prim("void")
NEVER = Prim("never")
UNKNOWN = Prim("unknown")
OBJECT = Prim("object")
PRIMITIVES = {p.name: p for p in (STRING, NUMBER, BOOLEAN, UNDEFINED, VOID, NEVER, UNKNOWN, OBJECT)}


@dataclass(frozen=True, slots=True)
class Lit(Type):
    kind: str  # "string" | "number" | "boolean"
    value: Any


def lit(value: str | float | bool) -> Lit:
    """The literal type of a JS value (numbers are floats)."""
    if isinstance(value, bool):
        return Lit("boolean", value)
    if isinstance(value, str):
        return Lit("string", value)
    return Lit("number", float(value))


TRUE = lit(True)
FALSE = lit(False)


@dataclass(frozen=True, slots=True)
class Union(Type):
    members: tuple[Type, ...]


@dataclass(frozen=True, slots=True)
class Inter(Type):
    members: tuple[Type, ...]


@dataclass(frozen=True, slots=True)
class Arr(Type):
    elem: Type
    readonly: bool = False


@dataclass(frozen=True, slots=True)
class Tup(Type):
    elems: tuple[Type, ...]
    optional: tuple[bool, ...] = ()
    readonly: bool = False

    def is_optional(self, i: int) -> bool:
        return i < len(self.optional) and self.optional[i]


@dataclass(frozen=True, slots=True)
class Iter(Type):
    """``Iterable<T>``: arrays, tuples, strings (T = string), ranges and typed arrays (T = number)."""

    elem: Type


@dataclass(frozen=True, slots=True)
class Opaque(Type):
    """Values with no readable members: ``JSX.Element`` and ``Range``."""

    name: str


ELEMENT = Opaque("JSX.Element")
RANGE = Opaque("Range")

# Keys of the declarations whose values iterate as numbers (the typed arrays; filled by builtin_types).
NUMBER_ITERABLES: set[str] = set()


@dataclass(frozen=True, slots=True)
class Prop:
    name: str
    type: Type
    optional: bool = False
    readonly: bool = False
    method: bool = False


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: Type
    optional: bool = False
    rest: bool = False


@dataclass(frozen=True, slots=True)
class Obj(Type):
    props: tuple[Prop, ...] = ()
    index: Type | None = None  # string index signature
    index_readonly: bool = False
    calls: tuple[Func, ...] = ()  # call signatures (overloads, in order)
    number_index: Type | None = None

    def prop(self, name: str) -> Prop | None:
        for p in self.props:
            if p.name == name:
                return p
        return None


@dataclass(frozen=True, slots=True)
class TVar(Type):
    """A type parameter. Identity is ``uid``; ``constraint``/``default`` do not take part in equality."""

    name: str
    uid: str
    constraint: Type | None = field(default=None, compare=False)
    default: Type | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Func(Type):
    params: tuple[Param, ...]
    ret: Type
    tparams: tuple[TVar, ...] = ()
    # 0: user code; 1: a built-in global or method; 2: a virtual-module function (SPEC §6.2 decides which
    # checks run in .js files from this).
    builtin: int = field(default=0, compare=False)

    def arity(self) -> tuple[int, int | None]:
        """(required, maximum or None with a rest parameter)."""
        required = 0
        for i, p in enumerate(self.params):
            if not p.optional and not p.rest:
                required = i + 1
        if any(p.rest for p in self.params):
            return required, None
        return required, len(self.params)


class Decl:
    """A named type declaration: an alias or an interface (or a built-in utility type).

    ``body()`` gives the resolved structure with the declaration's own type parameters free; for
    interfaces ``extends`` lists the ``Ref``s of the base interfaces (resolved lazily as well).
    """

    __slots__ = ("key", "name", "kind", "params", "_body", "_resolve", "_extends", "_resolve_extends",
                 "_cache", "expanding")

    def __init__(self, key: str, name: str, kind: str, params: tuple[TVar, ...] = (),
                 resolve: Callable[[], Type] | None = None,
                 resolve_extends: Callable[[], tuple[Ref, ...]] | None = None) -> None:
        self.key = key
        self.name = name
        self.kind = kind  # "alias" | "interface" | "utility"
        self.params = params
        self._body: Type | None = None
        self._resolve = resolve
        self._extends: tuple[Ref, ...] | None = None
        self._resolve_extends = resolve_extends
        self._cache: dict[tuple[Type, ...], Type] = {}
        self.expanding = False

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Decl) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"Decl({self.key})"

    def body(self) -> Type:
        if self._body is None:
            if self._resolve is None:
                self._body = UNKNOWN
            else:
                self._body = UNKNOWN  # guards against a body that refers to itself while resolving
                resolve, self._resolve = self._resolve, None
                self._body = resolve()
        return self._body

    def extends(self) -> tuple[Ref, ...]:
        if self._extends is None:
            self._extends = ()
            if self._resolve_extends is not None:
                resolve, self._resolve_extends = self._resolve_extends, None
                self._extends = resolve()
        return self._extends

    def set_body(self, body: Type) -> None:
        self._body = body
        self._resolve = None

    def set_extends(self, refs: tuple[Ref, ...]) -> None:
        self._extends = refs
        self._resolve_extends = None

    def is_nominal(self) -> bool:
        """SPEC §6.6: an interface with at least one member, all of them functions."""
        if self.kind != "interface":
            return False
        body = expand(Ref(self, tuple(self.params)))
        if not isinstance(body, Obj) or not body.props or body.index is not None:
            return False
        return all(isinstance(strip_undefined(p.type), Func) for p in body.props)

    def descends_from(self, other: Decl) -> bool:
        if self == other:
            return True
        return any(base.decl.descends_from(other) for base in self.extends())


@dataclass(frozen=True, slots=True)
class Ref(Type):
    decl: Decl
    args: tuple[Type, ...] = ()


# ---------------------------------------------------------------------------------------------------------
# Construction and normalisation
# ---------------------------------------------------------------------------------------------------------

_RANK = {"string": 0, "number": 1, "boolean": 2, "void": 3, "object": 4}


def _rank(t: Type) -> int:
    if isinstance(t, Prim):
        if t.name == "undefined":
            return 100
        return _RANK.get(t.name, 5)
    if isinstance(t, Lit) and t.kind == "boolean":
        return 2
    return 6


def union(types: Iterable[Type]) -> Type:
    """The normalised union of ``types`` (never for none)."""
    flat: list[Type] = []
    seen: set[Type] = set()
    for t in types:
        for m in (t.members if isinstance(t, Union) else (t,)):
            if m == UNKNOWN:
                return UNKNOWN
            if m == NEVER or m in seen:
                continue
            seen.add(m)
            flat.append(m)
    if not flat:
        return NEVER
    if len(flat) == 1:
        return flat[0]
    prims = {m.name for m in flat if isinstance(m, Prim)}
    both_bools = TRUE in seen and FALSE in seen
    out: list[Type] = []
    boolean_added = "boolean" in prims
    for m in flat:
        if isinstance(m, Lit):
            if m.kind in prims:
                continue
            if m.kind == "boolean" and both_bools:
                if not boolean_added:
                    out.append(BOOLEAN)
                    boolean_added = True
                continue
        out.append(m)
    if len(out) == 1:
        return out[0]
    out.sort(key=_rank)  # stable: equal ranks keep their first-seen order
    return Union(tuple(out))


def inter(types: Iterable[Type]) -> Type:
    flat: list[Type] = []
    for t in types:
        for m in (t.members if isinstance(t, Inter) else (t,)):
            if m == NEVER:
                return NEVER
            if m == UNKNOWN or m in flat:
                continue
            flat.append(m)
    if not flat:
        return UNKNOWN
    if len(flat) == 1:
        return flat[0]
    return Inter(tuple(flat))


def members(t: Type) -> tuple[Type, ...]:
    """The members of a union (expanding aliases of unions), else ``(t,)``."""
    cls = t.__class__
    if cls is Union:
        return t.members  # type: ignore[attr-defined]
    if cls is not Ref:
        return (t,)
    t2 = expand(t) if t.decl.kind != "interface" else t  # type: ignore[attr-defined]
    if isinstance(t2, Union):
        return t2.members
    return (t,)


def expand(t: Type) -> Type:
    """Replace a ``Ref`` (alias, interface, utility type) by its structure; other types unchanged."""
    while isinstance(t, Ref):
        decl = t.decl
        cached = decl._cache.get(t.args)
        if cached is not None:
            t = cached
            continue
        if decl.expanding:
            return UNKNOWN
        decl.expanding = True
        try:
            if decl.kind == "utility":
                result = _utility(decl.name, t.args)
            else:
                body = decl.body()
                mapping = _bind_params(decl.params, t.args)
                result = subst(body, mapping) if mapping else body
                if decl.kind == "interface" and decl.extends():
                    result = _merge_bases(result, [subst(b, mapping) if mapping else b for b in decl.extends()])
        finally:
            decl.expanding = False
        decl._cache[t.args] = result
        t = result
    return t


def _bind_params(params: tuple[TVar, ...], args: tuple[Type, ...]) -> dict[str, Type]:
    mapping: dict[str, Type] = {}
    for i, p in enumerate(params):
        if i < len(args):
            mapping[p.uid] = args[i]
        elif p.default is not None:
            mapping[p.uid] = subst(p.default, mapping)
        else:
            mapping[p.uid] = UNKNOWN
    return mapping


def _merge_bases(own: Type, bases: list[Type]) -> Type:
    """An interface's own members over those of its bases (own members win)."""
    own_obj = own if isinstance(own, Obj) else Obj()
    props: dict[str, Prop] = {}
    index = own_obj.index
    index_ro = own_obj.index_readonly
    number_index = own_obj.number_index
    calls = own_obj.calls
    for base in bases:
        b = expand(base)
        if isinstance(b, Obj):
            for p in b.props:
                props.setdefault(p.name, p)
            index = index or b.index
            number_index = number_index or b.number_index
            calls = calls or b.calls
    merged = {p.name: p for p in own_obj.props}
    ordered = list(own_obj.props) + [p for name, p in props.items() if name not in merged]
    return Obj(tuple(ordered), index, index_ro, calls, number_index)


def _literal_keys(t: Type) -> list[str] | None:
    keys: list[str] = []
    for m in members(expand(t) if isinstance(t, Ref) else t):
        if isinstance(m, Lit) and m.kind in ("string", "number"):
            keys.append(m.value if m.kind == "string" else number_to_string(m.value))
        else:
            return None
    return keys


def _utility(name: str, args: tuple[Type, ...]) -> Type:
    a = list(args) + [UNKNOWN] * (2 - len(args))
    if name == "Record":
        key, value = a[0], a[1]
        keys = _literal_keys(key)
        if keys is not None:
            return Obj(tuple(Prop(k, value) for k in keys))
        if expand(key) == NUMBER:
            return Obj(number_index=value)
        return Obj(index=value)
    target = expand(a[0])
    if not isinstance(target, Obj):
        return target
    if name == "Partial":
        return _map_props(target, lambda p: Prop(p.name, p.type, True, p.readonly, p.method))
    if name == "Required":
        return _map_props(target, lambda p: Prop(p.name, remove_undefined(p.type) if p.optional else p.type,
                                                 False, p.readonly, p.method))
    if name == "Readonly":
        obj = _map_props(target, lambda p: Prop(p.name, p.type, p.optional, True, p.method))
        return Obj(obj.props, obj.index, obj.index is not None, obj.calls, obj.number_index)
    keys = _literal_keys(a[1]) or []
    if name == "Pick":
        return Obj(tuple(p for p in target.props if p.name in keys))
    if name == "Omit":
        return Obj(tuple(p for p in target.props if p.name not in keys), target.index, target.index_readonly,
                   (), target.number_index)
    return UNKNOWN


def _map_props(obj: Obj, fn: Callable[[Prop], Prop]) -> Obj:
    return Obj(tuple(fn(p) for p in obj.props), obj.index, obj.index_readonly, obj.calls, obj.number_index)


UTILITY_NAMES = ("Record", "Partial", "Required", "Readonly", "Pick", "Omit")
UTILITIES = {name: Decl(f"#{name}", name, "utility") for name in UTILITY_NAMES}


def subst(t: Type, mapping: dict[str, Type]) -> Type:
    """Replace type parameters (by uid) in ``t``."""
    if not mapping:
        return t
    if isinstance(t, TVar):
        return mapping.get(t.uid, t)
    if isinstance(t, (Prim, Lit, Opaque)):
        return t
    if isinstance(t, Union):
        return union(subst(m, mapping) for m in t.members)
    if isinstance(t, Inter):
        return inter(subst(m, mapping) for m in t.members)
    if isinstance(t, Arr):
        return Arr(subst(t.elem, mapping), t.readonly)
    if isinstance(t, Tup):
        return Tup(tuple(subst(e, mapping) for e in t.elems), t.optional, t.readonly)
    if isinstance(t, Iter):
        return Iter(subst(t.elem, mapping))
    if isinstance(t, Ref):
        return Ref(t.decl, tuple(subst(a, mapping) for a in t.args)) if t.args else t
    if isinstance(t, Obj):
        return Obj(
            tuple(Prop(p.name, subst(p.type, mapping), p.optional, p.readonly, p.method) for p in t.props),
            subst(t.index, mapping) if t.index is not None else None,
            t.index_readonly,
            tuple(subst(c, mapping) for c in t.calls),  # type: ignore[misc]
            subst(t.number_index, mapping) if t.number_index is not None else None,
        )
    if isinstance(t, Func):
        inner = {k: v for k, v in mapping.items() if all(tp.uid != k for tp in t.tparams)}
        return Func(tuple(Param(p.name, subst(p.type, inner), p.optional, p.rest) for p in t.params),
                    subst(t.ret, inner), t.tparams, t.builtin)
    return t


# ---------------------------------------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------------------------------------


def _is_absent(m: Type) -> bool:
    return m.__class__ is Prim and m.name in ("undefined", "void")  # type: ignore[attr-defined]


def has_undefined(t: Type) -> bool:
    """Whether ``undefined`` (or ``void``) is one of the values of ``t`` (``unknown`` excluded)."""
    if t.__class__ is Prim:
        return _is_absent(t)
    return any(_is_absent(m) for m in members(t))


def remove_undefined(t: Type) -> Type:
    if t.__class__ is not Union and t.__class__ is not Ref:
        return NEVER if _is_absent(t) else t
    ms = members(t)
    if not any(_is_absent(m) for m in ms):
        return t
    return union(m for m in ms if not _is_absent(m))


def strip_undefined(t: Type) -> Type:
    return remove_undefined(t)


def widen(t: Type) -> Type:
    """Literal types to their primitives (``const`` keeps literals, ``let`` widens them)."""
    if isinstance(t, Lit):
        return PRIMITIVES[t.kind]
    if isinstance(t, Union):
        return union(widen(m) for m in t.members)
    return t


def is_literal_like(t: Type) -> bool:
    """Whether ``t`` has literal members (``boolean`` counts: it is ``true | false``), so that a value
    written where ``t`` is expected keeps its literal type."""
    return any(isinstance(m, Lit) or m == BOOLEAN for m in members(t))


def number_to_string(value: float) -> str:
    """ECMAScript Number::toString for literal types and property keys."""
    if value != value:
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    r = repr(value)
    if "e" in r:
        mant, exp = r.split("e")
        e = int(exp)
        mant = mant.rstrip("0").rstrip(".") if "." in mant else mant
        if -7 < e < 21:
            return format(value, "f").rstrip("0").rstrip(".")
        return f"{mant}e{'+' if e > 0 else '-'}{abs(e)}"
    return r


# ---------------------------------------------------------------------------------------------------------
# Printing (SPEC §6.7)
# ---------------------------------------------------------------------------------------------------------


def _quote(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


_IDENT_START = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$")


def _prop_name(name: str) -> str:
    if name and name[0] in _IDENT_START and all(c.isalnum() or c in "_$" for c in name):
        return name
    if name.isdigit() and (name == "0" or not name.startswith("0")):
        return name
    return _quote(name)


def print_type(t: Type) -> str:
    """The type as TypeScript prints it in messages."""
    return _print(t, 0)


# Precedence contexts: 0 top, 1 union member, 2 intersection member, 3 array element.
def _print(t: Type, ctx: int) -> str:
    if isinstance(t, Prim):
        return t.name
    if isinstance(t, Lit):
        if t.kind == "string":
            return _quote(t.value)
        if t.kind == "boolean":
            return "true" if t.value else "false"
        return number_to_string(t.value)
    if isinstance(t, Opaque):
        return t.name
    if isinstance(t, TVar):
        return t.name
    if isinstance(t, Union):
        text = " | ".join(_print(m, 1) for m in t.members)
        return f"({text})" if ctx >= 2 else text
    if isinstance(t, Inter):
        text = " & ".join(_print(m, 2) for m in t.members)
        return f"({text})" if ctx >= 3 else text
    if isinstance(t, Arr):
        text = _print(t.elem, 3) + "[]"
        return ("readonly " + text) if t.readonly else text
    if isinstance(t, Tup):
        parts = [_print(e, 0) + ("?" if t.is_optional(i) else "") for i, e in enumerate(t.elems)]
        text = "[" + ", ".join(parts) + "]"
        return ("readonly " + text) if t.readonly else text
    if isinstance(t, Iter):
        return f"Iterable<{_print(t.elem, 0)}>"
    if isinstance(t, Ref):
        if t.args:
            return f"{t.decl.name}<{', '.join(_print(a, 0) for a in t.args)}>"
        return t.decl.name
    if isinstance(t, Func):
        text = _print_signature(t, arrow=True)
        return f"({text})" if ctx >= 1 else text
    if isinstance(t, Obj):
        return _print_obj(t)
    return "unknown"


def _print_params(f: Func) -> str:
    parts = []
    for p in f.params:
        prefix = "..." if p.rest else ""
        mark = "?" if p.optional and not p.rest else ""
        parts.append(f"{prefix}{p.name or 'arg'}{mark}: {_print(p.type, 0)}")
    return ", ".join(parts)


def _print_tparams(f: Func) -> str:
    if not f.tparams:
        return ""
    parts = []
    for tp in f.tparams:
        text = tp.name
        if tp.constraint is not None:
            text += f" extends {_print(tp.constraint, 0)}"
        parts.append(text)
    return "<" + ", ".join(parts) + ">"


def _print_signature(f: Func, *, arrow: bool) -> str:
    if arrow:
        return f"{_print_tparams(f)}({_print_params(f)}) => {_print(f.ret, 0)}"
    return f"{_print_tparams(f)}({_print_params(f)}): {_print(f.ret, 0)}"


def _print_obj(o: Obj) -> str:
    parts: list[str] = []
    if len(o.calls) == 1 and not o.props and o.index is None and o.number_index is None:
        return _print_signature(o.calls[0], arrow=True)
    for c in o.calls:
        parts.append(_print_signature(c, arrow=False))
    if o.index is not None:
        parts.append(f"{'readonly ' if o.index_readonly else ''}[key: string]: {_print(o.index, 0)}")
    if o.number_index is not None:
        parts.append(f"[index: number]: {_print(o.number_index, 0)}")
    for p in o.props:
        name = _prop_name(p.name)
        ro = "readonly " if p.readonly else ""
        if p.method and isinstance(p.type, Func):
            parts.append(f"{ro}{name}{'?' if p.optional else ''}{_print_signature(p.type, arrow=False)}")
        else:
            parts.append(f"{ro}{name}{'?' if p.optional else ''}: {_print(p.type, 0)}")
    if not parts:
        return "{}"
    return "{ " + "; ".join(parts) + " }"


# ---------------------------------------------------------------------------------------------------------
# Assignability (SPEC §6.5, §6.6)
# ---------------------------------------------------------------------------------------------------------


class Relation:
    """Assignability with a cycle guard (recursive types are assumed related while being compared).

    ``apparent`` maps a primitive to the object type of its members (String, Number, Boolean), so that a
    primitive is assignable to an object type whose members it has (``string`` to ``{ length: number }``).
    """

    def __init__(self, apparent: Callable[[Type], Type | None] | None = None) -> None:
        self.apparent = apparent or (lambda t: None)
        self._assuming: set[tuple[Type, Type]] = set()
        self._cache: dict[tuple[Type, Type], bool] = {}

    def assignable(self, s: Type, t: Type) -> bool:
        if s is t or s == t:
            return True
        key = (s, t)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if key in self._assuming:
            return True
        self._assuming.add(key)
        try:
            result = self._assignable(s, t)
        finally:
            self._assuming.discard(key)
        self._cache[key] = result
        return result

    def _assignable(self, s: Type, t: Type) -> bool:
        if t == UNKNOWN or s == UNKNOWN or s == NEVER:
            return True
        # Nominal interface targets (SPEC §6.6).
        if isinstance(t, Ref) and t.decl.kind == "interface" and t.decl.is_nominal():
            if isinstance(s, Ref) and s.decl.kind == "interface":
                if s.decl.descends_from(t.decl):
                    return self.assignable(expand(s), expand(t))
                return False
            if isinstance(s, Union) or (isinstance(s, Ref) and isinstance(expand(s), Union)):
                return all(self.assignable(m, t) for m in members(s))
            if isinstance(s, TVar):
                return s.constraint is not None and self.assignable(s.constraint, t)
            return False
        # Union source: every member; union target: some member.
        if isinstance(s, Ref) and s.decl.kind != "interface":
            return self.assignable(expand(s), t)
        if isinstance(s, Union):
            return all(self.assignable(m, t) for m in s.members)
        if isinstance(t, Ref) and t.decl.kind != "interface":
            return self.assignable(s, expand(t))
        if isinstance(t, Union):
            if any(self.assignable(s, m) for m in t.members):
                return True
            if s == BOOLEAN:
                return self.assignable(TRUE, t) and self.assignable(FALSE, t)
            return False
        if isinstance(t, Inter):
            return all(self.assignable(s, m) for m in t.members)
        if isinstance(s, Inter):
            if any(self.assignable(m, t) for m in s.members):
                return True
            merged = merge_intersection(s)
            return merged is not s and self.assignable(merged, t)
        if isinstance(s, TVar):
            if isinstance(t, TVar):
                return s.uid == t.uid
            return s.constraint is not None and self.assignable(s.constraint, t)
        if isinstance(t, TVar):
            return False
        if isinstance(t, Prim):
            return self._to_prim(s, t)
        if isinstance(t, Lit):
            return isinstance(s, Lit) and s == t
        if isinstance(t, Opaque):
            return isinstance(s, Opaque) and s.name == t.name
        if isinstance(t, Iter):
            elem = iter_element(s, self.apparent)
            return elem is not None and self.assignable(elem, t.elem)
        if isinstance(t, Arr):
            se = expand(s)
            if isinstance(se, Arr):
                if se.readonly and not t.readonly:
                    return False
                return self.assignable(se.elem, t.elem)
            if isinstance(se, Tup):
                if se.readonly and not t.readonly:
                    return False
                return all(self.assignable(e, t.elem) for e in se.elems)
            return False
        if isinstance(t, Tup):
            se = expand(s)
            if isinstance(se, Tup):
                if len(se.elems) != len(t.elems):
                    required = sum(1 for i in range(len(t.elems)) if not t.is_optional(i))
                    if not (required <= len(se.elems) <= len(t.elems)):
                        return False
                return all(self.assignable(e, t.elems[i]) for i, e in enumerate(se.elems))
            return False
        if isinstance(t, Func):
            return self._to_func(s, t)
        if isinstance(t, Ref):  # interface (structural unless nominal, handled above)
            if isinstance(s, Ref) and s.decl == t.decl:
                return all(self.assignable(a, b) for a, b in zip(s.args, t.args, strict=False))
            return self.assignable(s, expand(t))
        if isinstance(t, Obj):
            return self._to_obj(s, t)
        return False

    def _to_prim(self, s: Type, t: Prim) -> bool:
        name = t.name
        if isinstance(s, Ref):
            return self.assignable(expand(s), t)
        if isinstance(s, Prim):
            if s.name == name:
                return True
            if name == "void":
                return s.name == "undefined"
            if name == "object":
                return s.name == "object"
            return False
        if isinstance(s, Lit):
            return s.kind == name
        if name == "object":
            return isinstance(s, (Obj, Arr, Tup, Func, Opaque, Iter))
        return False

    def _to_func(self, s: Type, t: Func) -> bool:
        se = expand(s)
        if isinstance(se, Obj) and len(se.calls) >= 1:
            return any(self._to_func(c, t) for c in se.calls)
        if not isinstance(se, Func):
            return False
        if se.tparams:
            se = Func(se.params, se.ret)  # generic sources: compare with their parameters left open
            se = subst(se, {tp.uid: (tp.constraint or UNKNOWN) for tp in s.tparams}) if isinstance(s, Func) else se
        # The source may declare fewer parameters.
        required_source = se.arity()[0]
        t_max = t.arity()[1]
        if t_max is not None and required_source > t_max and not any(p.rest for p in t.params):
            return False
        for i, sp in enumerate(se.params):
            if sp.rest:
                break
            tp = _param_at(t, i)
            if tp is None:
                break
            if not self.assignable(tp, sp.type) and not self.assignable(sp.type, tp):
                return False
        if t.ret in (VOID, UNKNOWN):
            return True
        return self.assignable(se.ret, t.ret)

    def _to_obj(self, s: Type, t: Obj) -> bool:
        se = expand(s)
        if isinstance(se, Inter):
            se = merge_intersection(se)
        if isinstance(se, (Prim, Lit)):
            if se in (UNDEFINED, VOID, NEVER):
                return se == NEVER
            if se == OBJECT:
                return not t.props or all(p.optional for p in t.props)
            apparent = self.apparent(se)
            if apparent is None:
                return False
            se = apparent
        if isinstance(se, (Arr, Tup)):
            apparent = self.apparent(se)
            if apparent is None:
                return not t.props
            if t.index is not None or t.number_index is not None:
                elem = se.elem if isinstance(se, Arr) else union(se.elems)
                if t.number_index is not None and not self.assignable(elem, t.number_index):
                    return False
                if t.index is not None and not t.props:
                    return False
            se = apparent
        if isinstance(se, Func):
            if t.calls:
                return all(self._to_func(se, c) for c in t.calls)
            return all(p.optional or p.name in ("name", "length") for p in t.props)
        if isinstance(se, Opaque):
            return not t.props and t.index is None and not t.calls
        if not isinstance(se, Obj):
            return False
        for c in t.calls:
            if not any(self._to_func(sc, c) for sc in se.calls):
                return False
        for p in t.props:
            sp = se.prop(p.name)
            if sp is None:
                if p.optional:
                    continue
                if se.index is not None:
                    return False
                return False
            stype = sp.type
            if sp.optional and not p.optional:
                return False
            if not self.assignable(stype, p.type if not p.optional else union((p.type, UNDEFINED))):
                return False
        if t.index is not None:
            for sp in se.props:
                if not self.assignable(sp.type, t.index if not sp.optional else union((t.index, UNDEFINED))):
                    return False
            if se.index is not None and not self.assignable(se.index, t.index):
                return False
        if t.number_index is not None:
            if se.number_index is not None and not self.assignable(se.number_index, t.number_index):
                return False
            for sp in se.props:
                if sp.name.isdigit() and not self.assignable(sp.type, t.number_index):
                    return False
        return True


def _param_at(f: Func, i: int) -> Type | None:
    if i < len(f.params):
        p = f.params[i]
        if p.rest:
            e = expand(p.type)
            return e.elem if isinstance(e, Arr) else UNKNOWN
        return p.type
    if f.params and f.params[-1].rest:
        e = expand(f.params[-1].type)
        return e.elem if isinstance(e, Arr) else UNKNOWN
    return None


def merge_intersection(t: Inter) -> Type:
    """The object type an intersection of object types stands for (other members kept as they are)."""
    parts = [expand(m) for m in t.members]
    if not all(isinstance(p, Obj) for p in parts):
        return t
    props: dict[str, Prop] = {}
    index = None
    calls: tuple[Func, ...] = ()
    for p in parts:
        assert isinstance(p, Obj)
        for prop in p.props:
            if prop.name in props:
                old = props[prop.name]
                props[prop.name] = Prop(prop.name, inter((old.type, prop.type)), old.optional and prop.optional,
                                        old.readonly or prop.readonly, old.method)
            else:
                props[prop.name] = prop
        index = index or p.index
        calls = calls + p.calls
    return Obj(tuple(props.values()), index, False, calls)


def iter_element(t: Type, apparent: Callable[[Type], Type | None] | None = None) -> Type | None:
    """The element type when iterating ``t`` (for-of, spread), or None when it is not iterable."""
    if t == UNKNOWN:
        return UNKNOWN
    if t == NEVER:
        return NEVER
    if isinstance(t, Ref) and t.decl.key in NUMBER_ITERABLES:
        return NUMBER
    t = expand(t)
    if isinstance(t, Union):
        elems = [iter_element(m, apparent) for m in t.members]
        if any(e is None for e in elems):
            return None
        return union(e for e in elems if e is not None)
    if isinstance(t, Arr):
        return t.elem
    if isinstance(t, Tup):
        return union(t.elems)
    if isinstance(t, Iter):
        return t.elem
    if t == STRING or (isinstance(t, Lit) and t.kind == "string"):
        return STRING
    if t == RANGE:
        return NUMBER
    if isinstance(t, TVar):
        return iter_element(t.constraint, apparent) if t.constraint is not None else UNKNOWN
    if isinstance(t, Inter):
        for m in t.members:
            e = iter_element(m, apparent)
            if e is not None:
                return e
        return None
    return None


_DEFAULT = Relation()


def assignable(source: Type, target: Type) -> bool:
    """SPEC §6.5 assignability without primitive member lookup (see ``Relation`` for the full form)."""
    return _DEFAULT.assignable(source, target)


# ---------------------------------------------------------------------------------------------------------
# Canonical JSON forms
# ---------------------------------------------------------------------------------------------------------


class TypeCodec:
    """Encodes types as JSON data and back.

    Named declarations are referred to by key (``"<module>#<Name>"``; built-ins ``"#Name"``); ``decls``
    collects the user declarations an encoding refers to (``encode_decl`` writes one), and decoding looks
    keys up through ``lookup``.
    """

    def __init__(self, lookup: Callable[[str], Decl | None] | None = None) -> None:
        self.lookup = lookup or (lambda key: None)
        self.referenced: dict[str, Decl] = {}

    def encode(self, t: Type) -> Any:
        if isinstance(t, Prim):
            return t.name
        if isinstance(t, Lit):
            v = t.value
            if t.kind == "number" and (v != v or math.isinf(v)):
                return {"ln": "NaN" if v != v else ("Infinity" if v > 0 else "-Infinity")}
            return {"l": v}
        if isinstance(t, Union):
            return {"u": [self.encode(m) for m in t.members]}
        if isinstance(t, Inter):
            return {"i": [self.encode(m) for m in t.members]}
        if isinstance(t, Arr):
            return {"a": self.encode(t.elem), "ro": t.readonly} if t.readonly else {"a": self.encode(t.elem)}
        if isinstance(t, Tup):
            return {"t": [self.encode(e) for e in t.elems], "opt": list(t.optional), "ro": t.readonly}
        if isinstance(t, Iter):
            return {"it": self.encode(t.elem)}
        if isinstance(t, Opaque):
            return {"op": t.name}
        if isinstance(t, TVar):
            out: dict[str, Any] = {"v": t.uid, "n": t.name}
            if t.constraint is not None:
                out["c"] = self.encode(t.constraint)
            return out
        if isinstance(t, Ref):
            if not t.decl.key.startswith("#"):
                self.referenced[t.decl.key] = t.decl
            return {"r": t.decl.key, "args": [self.encode(a) for a in t.args]}
        if isinstance(t, Func):
            out = {"f": [[p.name, self.encode(p.type), int(p.optional) + 2 * int(p.rest)] for p in t.params],
                   "ret": self.encode(t.ret)}
            if t.tparams:
                out["tp"] = [self._encode_tvar(tp) for tp in t.tparams]
            if t.builtin:
                out["b"] = t.builtin
            return out
        if isinstance(t, Obj):
            out = {"o": [[p.name, self.encode(p.type), int(p.optional) + 2 * int(p.readonly) + 4 * int(p.method)]
                         for p in t.props]}
            if t.index is not None:
                out["ix"] = self.encode(t.index)
                if t.index_readonly:
                    out["ixro"] = 1
            if t.number_index is not None:
                out["nx"] = self.encode(t.number_index)
            if t.calls:
                out["calls"] = [self.encode(c) for c in t.calls]
            return out
        return "unknown"

    def _encode_tvar(self, tp: TVar) -> Any:
        out: dict[str, Any] = {"v": tp.uid, "n": tp.name}
        if tp.constraint is not None:
            out["c"] = self.encode(tp.constraint)
        if tp.default is not None:
            out["d"] = self.encode(tp.default)
        return out

    def decode(self, data: Any) -> Type:
        if isinstance(data, str):
            return PRIMITIVES.get(data, UNKNOWN)
        if "l" in data:
            return lit(data["l"])
        if "ln" in data:
            return lit(float(data["ln"].replace("Infinity", "inf")))
        if "u" in data:
            return union(self.decode(m) for m in data["u"])
        if "i" in data:
            return inter(self.decode(m) for m in data["i"])
        if "a" in data:
            return Arr(self.decode(data["a"]), bool(data.get("ro")))
        if "t" in data:
            return Tup(tuple(self.decode(e) for e in data["t"]), tuple(data.get("opt", [])), bool(data.get("ro")))
        if "it" in data:
            return Iter(self.decode(data["it"]))
        if "op" in data:
            return Opaque(data["op"])
        if "v" in data:
            return self._decode_tvar(data)
        if "r" in data:
            decl = self.lookup(data["r"])
            if decl is None:
                return UNKNOWN
            return Ref(decl, tuple(self.decode(a) for a in data["args"]))
        if "f" in data:
            params = tuple(Param(n, self.decode(t), bool(flags & 1), bool(flags & 2)) for n, t, flags in data["f"])
            tparams = tuple(self._decode_tvar(tp) for tp in data.get("tp", []))
            return Func(params, self.decode(data["ret"]), tparams, int(data.get("b", 0)))
        if "o" in data:
            props = tuple(Prop(n, self.decode(t), bool(f & 1), bool(f & 2), bool(f & 4)) for n, t, f in data["o"])
            index = self.decode(data["ix"]) if "ix" in data else None
            number_index = self.decode(data["nx"]) if "nx" in data else None
            calls = tuple(self.decode(c) for c in data.get("calls", []))
            return Obj(props, index, bool(data.get("ixro")), calls, number_index)  # type: ignore[arg-type]
        return UNKNOWN

    def _decode_tvar(self, data: Any) -> TVar:
        constraint = self.decode(data["c"]) if "c" in data else None
        default = self.decode(data["d"]) if "d" in data else None
        return TVar(data["n"], data["v"], constraint, default)

    def encode_decl(self, decl: Decl) -> Any:
        out: dict[str, Any] = {
            "name": decl.name,
            "kind": decl.kind,
            "params": [self._encode_tvar(p) for p in decl.params],
            "body": self.encode(decl.body()),
        }
        if decl.kind == "interface" and decl.extends():
            out["extends"] = [self.encode(r) for r in decl.extends()]
        return out

    def decode_decl(self, key: str, data: Any) -> Decl:
        """A declaration whose body and bases decode lazily (so declarations may refer to each other)."""
        decl = Decl(key, data["name"], data["kind"])
        decl.params = tuple(self._decode_tvar(p) for p in data["params"])
        decl._resolve = lambda: self.decode(data["body"])
        if "extends" in data:
            decl._resolve_extends = lambda: tuple(self.decode(r) for r in data["extends"])  # type: ignore[misc]
        return decl
