"""Typed arrays (SPEC §3.13): ``Int8Array`` ... ``Float64Array`` as host objects over ``array.array``.

Storage is an ``array.array`` held by a ``Storage`` shared by every view (``subarray``), so writes through
one view are visible through the others. Element writes convert like ECMAScript: ToNumber, then integer
kinds wrap modulo 2^bits (NaN and ±Infinity store 0) and ``Float32Array`` rounds to float32 (the array
module's C cast, round-to-nearest-even, overflow to ±Infinity).
"""

from __future__ import annotations

import array
import math
from collections.abc import Callable, Iterator
from functools import cmp_to_key
from typing import Any

from .conversions import (
    check_callable,
    check_predicate,
    is_array_index,
    same_value_zero,
    to_integer_or_infinity,
    to_number,
    to_string,
)
from .errors import range_error, type_error
from .functions import BUILTIN_LENGTHS
from .values import HostFunction, HostObject, JSArray, frozen_message


class Kind:
    """One typed-array kind: its name, array typecode and integer wrapping parameters."""

    __slots__ = ("name", "code", "size", "bits", "signed", "is_float")

    def __init__(self, name: str, code: str, size: int, signed: bool, is_float: bool) -> None:
        self.name = name
        self.code = code
        self.size = size
        self.bits = size * 8
        self.signed = signed
        self.is_float = is_float

    def convert(self, v: Any) -> float | int:
        """The stored value for a JS value (ToNumber, then wrapping for integer kinds)."""
        n = v if type(v) is float else to_number(v)
        if self.is_float:
            return n
        if n != n or n in (math.inf, -math.inf):
            return 0
        i = int(n) & ((1 << self.bits) - 1)
        if self.signed and i >= 1 << (self.bits - 1):
            i -= 1 << self.bits
        return i


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("Int8Array", "b", 1, True, False),
        Kind("Uint8Array", "B", 1, False, False),
        Kind("Int16Array", "h", 2, True, False),
        Kind("Uint16Array", "H", 2, False, False),
        Kind("Int32Array", "i", 4, True, False),
        Kind("Uint32Array", "I", 4, False, False),
        Kind("Float32Array", "f", 4, True, True),
        Kind("Float64Array", "d", 8, True, True),
    )
}


class Storage:
    """The element buffer shared by a typed array and its subarray views."""

    __slots__ = ("data", "frozen")

    def __init__(self, data: array.array) -> None:
        self.data = data
        self.frozen = False


def _clamp_index(v: Any, length: int, default: int) -> int:
    """Relative index argument (``start``/``end``): negative counts from the end, clamped to 0..length."""
    if v is None:
        return default
    n = to_integer_or_infinity(v)
    if n < 0:
        return int(max(length + n, 0))
    return int(min(n, length))


class TypedArray(HostObject):
    """A typed array (or a view sharing another's storage)."""

    __slots__ = ("kind", "storage", "offset", "length")

    def __init__(self, kind: Kind, storage: Storage, offset: int = 0, length: int | None = None) -> None:
        self.kind = kind
        self.storage = storage
        self.offset = offset
        self.length = len(storage.data) - offset if length is None else length

    # --- construction -------------------------------------------------------------------------------

    @classmethod
    def zeros(cls, kind: Kind, n: int) -> TypedArray:
        try:
            return cls(kind, Storage(array.array(kind.code, bytes(n * kind.size))))
        except MemoryError:
            range_error("Invalid typed array length")

    @classmethod
    def from_values(cls, kind: Kind, values: Any) -> TypedArray:
        conv = kind.convert
        return cls(kind, Storage(array.array(kind.code, [conv(v) for v in values])))

    @classmethod
    def from_bytes(cls, data: bytes | bytearray | memoryview) -> TypedArray:
        """A ``Uint8Array`` holding ``data`` (for HTTP bodies, crypto results, ...)."""
        return cls(KINDS["Uint8Array"], Storage(array.array("B", bytes(data))))

    def to_bytes(self) -> bytes:
        """The raw bytes of this view (element byte order is the machine's, little-endian here)."""
        return self.storage.data[self.offset : self.offset + self.length].tobytes()

    # --- the JS-visible protocol --------------------------------------------------------------------

    @property
    def js_class(self) -> str:  # type: ignore[override]
        return self.kind.name

    def values(self) -> list[float]:
        """A snapshot of the elements as JS numbers."""
        d = self.storage.data[self.offset : self.offset + self.length]
        if self.kind.is_float:
            return list(d)
        return [float(x) for x in d]

    def get_index(self, i: int) -> float | None:
        """Element ``i`` as a JS number, or undefined outside ``0..length-1``."""
        if 0 <= i < self.length:
            return float(self.storage.data[self.offset + i])
        return None

    def set_index(self, i: int, v: Any) -> None:
        """Store element ``i`` (converted); writes outside the bounds are ignored."""
        if self.storage.frozen:
            type_error(frozen_message(self))
        value = self.kind.convert(v)
        if 0 <= i < self.length:
            self.storage.data[self.offset + i] = value

    def js_get(self, key: str) -> Any:
        if key and (key[0].isdigit() or key[0] == "-"):
            if is_array_index(key):
                return self.get_index(int(key))
            if _is_numeric_key(key):
                return None
        if key == "length":
            return float(self.length)
        if key == "BYTES_PER_ELEMENT":
            return float(self.kind.size)
        if key == "byteLength":
            return float(self.length * self.kind.size)
        if key == "byteOffset":
            return float(self.offset * self.kind.size)
        method = TYPED_ARRAY_METHODS.get(key)
        if method is None:
            return None
        return _bind(method, self, key)

    def js_set(self, key: str, value: Any) -> None:
        if key and (key[0].isdigit() or key[0] == "-"):
            if is_array_index(key):
                self.set_index(int(key), value)
                return
            if _is_numeric_key(key):
                if self.storage.frozen:
                    type_error(frozen_message(self))
                return
        if self.storage.frozen:
            type_error(frozen_message(self))
        if key == "length":
            type_error(f"Cannot assign to read only property 'length' of object '[object {self.kind.name}]'")
        type_error(f"Cannot set property '{key}' on {self.kind.name}")

    def js_keys(self) -> list[str]:
        return [str(i) for i in range(self.length)]

    def js_iter(self) -> Iterator[float]:
        """Iterate the elements (live: reads each index as it goes)."""
        i = 0
        while i < self.length:
            yield float(self.storage.data[self.offset + i])
            i += 1

    def js_len(self) -> int:
        return self.length

    def js_to_string(self) -> str:
        return ",".join(to_string(v) for v in self.values())

    def js_freeze(self) -> None:
        """Mark the storage (shared with every view) as module state (SPEC §3.15)."""
        self.storage.frozen = True


def _is_numeric_key(key: str) -> bool:
    """CanonicalNumericIndexString: keys such as ``"-1"`` or ``"1.5"`` never reach ordinary properties."""
    if key == "-0":
        return True
    n = to_number(key)
    return n == n and to_string(n) == key


def _bind(method: Callable[..., Any], ta: TypedArray, name: str) -> Callable[..., Any]:
    def bound(*args: Any) -> Any:
        return method(ta, *args)

    bound.__name__ = name
    bound.__qualname__ = name
    bound.js_length = BUILTIN_LENGTHS.get(name, 0)  # type: ignore[attr-defined]
    return bound


def _named(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    def call(*args: Any) -> Any:
        return fn(*args)

    call.__name__ = name
    call.__qualname__ = name
    call.js_length = BUILTIN_LENGTHS.get(name, 0)  # type: ignore[attr-defined]
    return call


def _mutable(ta: TypedArray) -> None:
    if ta.storage.frozen:
        type_error(frozen_message(ta))


# ----------------------------------------------------------------------------------------------------
# Methods (all take the typed array first, then the JS arguments)
# ----------------------------------------------------------------------------------------------------


def ta_fill(ta: TypedArray, value: Any = None, start: Any = None, end: Any = None, *_: Any) -> TypedArray:
    _mutable(ta)
    v = ta.kind.convert(value)
    s = _clamp_index(start, ta.length, 0)
    e = _clamp_index(end, ta.length, ta.length)
    data, off = ta.storage.data, ta.offset
    for i in range(s, e):
        data[off + i] = v
    return ta


def _source_values(source: Any) -> list[Any]:
    if isinstance(source, TypedArray):
        return source.values()
    if isinstance(source, list):
        return list(source)
    from .objects import array_like_values

    return array_like_values(source)


def ta_set(ta: TypedArray, source: Any = None, offset: Any = None, *_: Any) -> None:
    _mutable(ta)
    off = to_integer_or_infinity(offset)
    if off < 0:
        range_error("offset is out of bounds")
    if source is None or isinstance(source, (bool, float, int)):
        if source is None:
            type_error("Cannot convert undefined to object")
        values: list[Any] = []
    else:
        values = _source_values(source)
    if off + len(values) > ta.length:
        range_error("offset is out of bounds")
    conv = ta.kind.convert
    data, base = ta.storage.data, ta.offset + int(off)
    for i, v in enumerate(values):
        data[base + i] = conv(v)
    return None


def ta_slice(ta: TypedArray, start: Any = None, end: Any = None, *_: Any) -> TypedArray:
    s = _clamp_index(start, ta.length, 0)
    e = _clamp_index(end, ta.length, ta.length)
    data = ta.storage.data[ta.offset + s : ta.offset + max(e, s)]
    return TypedArray(ta.kind, Storage(array.array(ta.kind.code, data)))


def ta_subarray(ta: TypedArray, start: Any = None, end: Any = None, *_: Any) -> TypedArray:
    s = _clamp_index(start, ta.length, 0)
    e = _clamp_index(end, ta.length, ta.length)
    return TypedArray(ta.kind, ta.storage, ta.offset + s, max(e - s, 0))


def ta_map(ta: TypedArray, fn: Any = None, *_: Any) -> TypedArray:
    check_callable(fn)
    out = TypedArray.zeros(ta.kind, ta.length)
    for i in range(ta.length):
        out.set_index(i, fn(ta.get_index(i), float(i), ta))
    return out


def ta_for_each(ta: TypedArray, fn: Any = None, *_: Any) -> None:
    check_callable(fn)
    for i in range(ta.length):
        fn(ta.get_index(i), float(i), ta)


def _reduce(ta: TypedArray, args: tuple[Any, ...], indices: range) -> Any:
    fn = check_callable(args[0] if args else None)
    it = iter(indices)
    if len(args) >= 2:
        acc = args[1]
    else:
        first = next(it, None)
        if first is None:
            type_error("Reduce of empty array with no initial value")
        acc = ta.get_index(first)
    for i in it:
        acc = fn(acc, ta.get_index(i), float(i), ta)
    return acc


def ta_reduce(ta: TypedArray, *args: Any) -> Any:
    return _reduce(ta, args, range(ta.length))


def ta_reduce_right(ta: TypedArray, *args: Any) -> Any:
    return _reduce(ta, args, range(ta.length - 1, -1, -1))


def ta_join(ta: TypedArray, sep: Any = None, *_: Any) -> str:
    s = "," if sep is None else to_string(sep)
    return s.join(to_string(v) for v in ta.values())


def ta_to_string(ta: TypedArray, *_: Any) -> str:
    return ta_join(ta)


def ta_at(ta: TypedArray, index: Any = None, *_: Any) -> float | None:
    n = to_integer_or_infinity(index)
    if n < 0:
        n += ta.length
    if n < 0 or n >= ta.length:
        return None
    return ta.get_index(int(n))


def ta_includes(ta: TypedArray, value: Any = None, from_index: Any = None, *_: Any) -> bool:
    start = _clamp_index(from_index, ta.length, 0)
    return any(same_value_zero(ta.get_index(i), value) for i in range(start, ta.length))


def ta_index_of(ta: TypedArray, value: Any = None, from_index: Any = None, *_: Any) -> float:
    if type(value) not in (float, int):
        return -1.0
    start = _clamp_index(from_index, ta.length, 0)
    for i in range(start, ta.length):
        if ta.get_index(i) == value:
            return float(i)
    return -1.0


def ta_last_index_of(ta: TypedArray, value: Any = None, *args: Any) -> float:
    if type(value) not in (float, int) or ta.length == 0:
        return -1.0
    start = ta.length - 1
    if args:
        n = to_integer_or_infinity(args[0])
        start = int(min(n, ta.length - 1)) if n >= 0 else int(ta.length + n)
    for i in range(start, -1, -1):
        if ta.get_index(i) == value:
            return float(i)
    return -1.0


def _predicate(name: str) -> Callable[..., Any]:
    def run(ta: TypedArray, fn: Any = None, *_: Any) -> Any:
        check_callable(fn)
        n = ta.length
        indices = range(n - 1, -1, -1) if name.startswith("findLast") else range(n)
        matched: list[float] = []
        for i in indices:
            v = ta.get_index(i)
            ok = check_predicate(fn(v, float(i), ta), name)
            if name == "every":
                if not ok:
                    return False
            elif ok:
                if name == "some":
                    return True
                if name == "filter":
                    matched.append(v)  # type: ignore[arg-type]
                elif name in ("find", "findLast"):
                    return v
                else:
                    return float(i)
        if name == "every":
            return True
        if name == "some":
            return False
        if name == "filter":
            return TypedArray.from_values(ta.kind, matched)
        if name in ("find", "findLast"):
            return None
        return -1.0

    run.__name__ = name
    return run


def ta_reverse(ta: TypedArray, *_: Any) -> TypedArray:
    _mutable(ta)
    data, off, n = ta.storage.data, ta.offset, ta.length
    data[off : off + n] = array.array(ta.kind.code, reversed(data[off : off + n]))
    return ta


def ta_sort(ta: TypedArray, comparator: Any = None, *_: Any) -> TypedArray:
    _mutable(ta)
    values = ta.values()
    if comparator is None:
        # numeric order, -0 before +0, NaN last
        values.sort(key=lambda x: (2, 0.0, 0) if x != x else (1, x, 0 if math.copysign(1.0, x) < 0 else 1))
    else:
        check_callable(comparator)

        def cmp(a: float, b: float) -> int:
            r = to_number(comparator(a, b))
            return -1 if r < 0 else 1 if r > 0 else 0

        values.sort(key=cmp_to_key(cmp))
    conv = ta.kind.convert
    data, off = ta.storage.data, ta.offset
    for i, v in enumerate(values):
        data[off + i] = conv(v)
    return ta


def ta_to_array(ta: TypedArray) -> JSArray:
    """The elements as a JS array (``Array.from``, spread)."""
    return JSArray(ta.values())


TYPED_ARRAY_METHODS: dict[str, Callable[..., Any]] = {
    "at": ta_at,
    "every": _predicate("every"),
    "fill": ta_fill,
    "filter": _predicate("filter"),
    "find": _predicate("find"),
    "findIndex": _predicate("findIndex"),
    "findLast": _predicate("findLast"),
    "findLastIndex": _predicate("findLastIndex"),
    "forEach": ta_for_each,
    "includes": ta_includes,
    "indexOf": ta_index_of,
    "join": ta_join,
    "lastIndexOf": ta_last_index_of,
    "map": ta_map,
    "reduce": ta_reduce,
    "reduceRight": ta_reduce_right,
    "reverse": ta_reverse,
    "set": ta_set,
    "slice": ta_slice,
    "some": _predicate("some"),
    "sort": ta_sort,
    "subarray": ta_subarray,
    "toString": ta_to_string,
}


# ----------------------------------------------------------------------------------------------------
# Factories: Uint8Array(...), Uint8Array.from(...), Uint8Array.of(...)
# ----------------------------------------------------------------------------------------------------


class TypedArrayFactory(HostFunction):
    """A typed-array factory, called without ``new``; statics ``from``, ``of``, ``BYTES_PER_ELEMENT``."""

    __slots__ = ("kind", "_statics")

    def __init__(self, kind: Kind) -> None:
        self.kind = kind
        self._statics = {"from": _named(self.from_, "from"), "of": _named(self.of, "of")}

    @property
    def js_name(self) -> str:  # type: ignore[override]
        return self.kind.name

    def __call__(self, arg: Any = None, *_: Any) -> TypedArray:
        kind = self.kind
        if arg is None:
            return TypedArray.zeros(kind, 0)
        t = type(arg)
        if t in (float, int, bool, str):
            n = to_number(arg)
            if n != n or n < 0 or n in (math.inf,) or not float(n).is_integer() or n > 2**32:
                range_error("Invalid typed array length")
            return TypedArray.zeros(kind, int(n))
        return TypedArray.from_values(kind, _source_values(arg) if not hasattr(arg, "js_iter")
                                      else list(arg.js_iter()))

    def js_get(self, key: str) -> Any:
        if key in self._statics:
            return self._statics[key]
        if key == "BYTES_PER_ELEMENT":
            return float(self.kind.size)
        if key == "name":
            return self.kind.name
        if key == "length":
            return 3.0
        return None

    def js_keys(self) -> list[str]:
        return []

    def from_(self, source: Any = None, map_fn: Any = None, *_: Any) -> TypedArray:
        """``T.from(iterable, mapFn?)``."""
        from .objects import iterable_values

        values = iterable_values(source)
        if map_fn is not None:
            check_callable(map_fn)
            values = [map_fn(v, float(i)) for i, v in enumerate(values)]
        return TypedArray.from_values(self.kind, values)

    def of(self, *items: Any) -> TypedArray:
        """``T.of(...items)``."""
        return TypedArray.from_values(self.kind, items)


FACTORIES: dict[str, TypedArrayFactory] = {name: TypedArrayFactory(kind) for name, kind in KINDS.items()}
