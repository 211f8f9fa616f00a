"""``Array.prototype`` (SPEC §9.4) on dense ``JSArray`` values.

Every method takes the receiver first, then the JS arguments. Callbacks are plain Python calls
``fn(element, index, array)`` with ``index`` a float. Mutating methods raise on frozen module state
(SPEC §3.15). Predicate callbacks must return booleans (SPEC §12.5).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cmp_to_key
from sys import getrecursionlimit, setrecursionlimit
from types import FunctionType
from typing import Any

from .conversions import (
    array_join,
    check_callable,
    check_predicate,
    is_callable,
    number_to_string,
    same_value_zero,
    strict_equals,
    to_integer_or_infinity,
    to_number,
    to_string,
)
from .errors import range_error, type_error
from .values import FrozenArray, JSArray, frozen_message

MAX_ARRAY_LENGTH = 2**32 - 1


def check_mutable(arr: list) -> None:
    """Raise when ``arr`` is frozen module state."""
    if isinstance(arr, FrozenArray):
        type_error(frozen_message(arr))


def _check_length(n: int) -> None:
    if n > MAX_ARRAY_LENGTH:
        range_error("Invalid array length")


def set_length(arr: list, value: Any) -> None:
    """``arr.length = value``: truncate or extend with undefined (SPEC §3.14)."""
    check_mutable(arr)
    n = to_number(value)
    if n != n or n < 0 or not float(n).is_integer() or n > MAX_ARRAY_LENGTH:
        range_error("Invalid array length")
    k = int(n)
    if k < len(arr):
        del arr[k:]
    else:
        arr.extend([None] * (k - len(arr)))


def _relative(v: Any, length: int, default: int) -> int:
    if v is None:
        return default
    n = to_integer_or_infinity(v)
    if n < 0:
        return int(max(length + n, 0))
    return int(min(n, length))


# --- access ----------------------------------------------------------------------------------------


def a_at(arr: list, index: Any = None, *_: Any) -> Any:
    n = to_integer_or_infinity(index)
    if n < 0:
        n += len(arr)
    if n < 0 or n >= len(arr):
        return None
    return arr[int(n)]


def a_concat(arr: list, *items: Any) -> JSArray:
    out = JSArray(arr)
    for item in items:
        if isinstance(item, list):
            out.extend(item)
        else:
            out.append(item)
    _check_length(len(out))
    return out


def a_includes(arr: list, value: Any = None, from_index: Any = None, *_: Any) -> bool:
    start = _relative(from_index, len(arr), 0)
    for i in range(start, len(arr)):
        if same_value_zero(arr[i], value):
            return True
    return False


def a_index_of(arr: list, value: Any = None, from_index: Any = None, *_: Any) -> float:
    start = _relative(from_index, len(arr), 0)
    for i in range(start, len(arr)):
        if strict_equals(arr[i], value):
            return float(i)
    return -1.0


def a_last_index_of(arr: list, value: Any = None, *args: Any) -> float:
    n = len(arr)
    if n == 0:
        return -1.0
    start = n - 1
    if args:
        k = to_integer_or_infinity(args[0])
        if k == -math.inf:
            return -1.0
        start = int(min(k, n - 1)) if k >= 0 else int(n + k)
    for i in range(start, -1, -1):
        if strict_equals(arr[i], value):
            return float(i)
    return -1.0


def a_join(arr: list, sep: Any = None, *_: Any) -> str:
    return array_join(arr, "," if sep is None else to_string(sep))


def a_to_string(arr: list, *_: Any) -> str:
    return array_join(arr, ",")


def a_slice(arr: list, start: Any = None, end: Any = None, *_: Any) -> JSArray:
    a = _relative(start, len(arr), 0)
    b = _relative(end, len(arr), len(arr))
    return JSArray(arr[a:b])


def _flatten(out: list, items: list, depth: float) -> None:
    for item in items:
        if depth > 0 and isinstance(item, list):
            _flatten(out, item, depth - 1)
        else:
            out.append(item)


def a_flat(arr: list, depth: Any = None, *_: Any) -> JSArray:
    d = 1.0 if depth is None else to_integer_or_infinity(depth)
    out = JSArray()
    _flatten(out, arr, d)
    return out


# --- iteration with callbacks ------------------------------------------------------------------------
#
# A built-in that calls back into JS counts as one frame of the 1000 allowed (SPEC §3.6), as V8 shows it
# on the stack: while it runs, the recursion limit is raised by the Python frames it adds beyond that one
# (the ``js_callm`` or bound-method frame that called it, and inner helpers such as ``_find``).


def _deeper(frames: int) -> int:
    """Raise the recursion limit by ``frames``; returns the limit to restore."""
    old = getrecursionlimit()
    setrecursionlimit(old + frames)
    return old


def _callback(fn: Any) -> Any:
    """``fn`` when it is a function (a generated JS function needs no further test), else TypeError."""
    if type(fn) is FunctionType:
        return fn
    return check_callable(fn)


def _not_boolean(result: Any, method: str) -> Any:
    return check_predicate(result, method)


# The loops below pair each float index with the element read at that moment: ``zip`` takes the index
# first and the list iterator stops as soon as the array has shrunk below it, and ``range(n)`` fixes the
# length read when the method started (elements a callback appends are not visited).


def a_for_each(arr: list, fn: Any = None, *_: Any) -> None:
    fn = _callback(fn)
    old = _deeper(1)
    try:
        for i, v in zip(map(float, range(len(arr))), arr, strict=False):
            fn(v, i, arr)
    finally:
        setrecursionlimit(old)


def a_map(arr: list, fn: Any = None, *_: Any) -> JSArray:
    fn = _callback(fn)
    n = len(arr)
    old = _deeper(1)
    done = JSArray()
    append = done.append
    try:
        for i, v in zip(map(float, range(n)), arr, strict=False):
            append(fn(v, i, arr))
    finally:
        setrecursionlimit(old)
    if len(done) < n:  # the array shrank: the missing elements stay undefined
        done.extend([None] * (n - len(done)))
    return done


def a_flat_map(arr: list, fn: Any = None, *_: Any) -> JSArray:
    if not is_callable(fn):
        type_error("flatMap mapper function is not callable")
    out = JSArray()
    old = _deeper(1)
    try:
        for i, v in zip(map(float, range(len(arr))), arr, strict=False):
            r = fn(v, i, arr)
            if isinstance(r, list):
                out.extend(r)
            else:
                out.append(r)
    finally:
        setrecursionlimit(old)
    return out


def a_filter(arr: list, fn: Any = None, *_: Any) -> JSArray:
    fn = _callback(fn)
    out = JSArray()
    old = _deeper(1)
    try:
        for i, v in zip(map(float, range(len(arr))), arr, strict=False):
            r = fn(v, i, arr)
            if r is True:
                out.append(v)
            elif r is not False:
                _not_boolean(r, "filter")
    finally:
        setrecursionlimit(old)
    return out


def a_every(arr: list, fn: Any = None, *_: Any) -> bool:
    fn = _callback(fn)
    old = _deeper(1)
    try:
        for i, v in zip(map(float, range(len(arr))), arr, strict=False):
            r = fn(v, i, arr)
            if r is False:
                return False
            if r is not True:
                _not_boolean(r, "every")
    finally:
        setrecursionlimit(old)
    return True


def a_some(arr: list, fn: Any = None, *_: Any) -> bool:
    fn = _callback(fn)
    old = _deeper(1)
    try:
        for i, v in zip(map(float, range(len(arr))), arr, strict=False):
            r = fn(v, i, arr)
            if r is True:
                return True
            if r is not False:
                _not_boolean(r, "some")
    finally:
        setrecursionlimit(old)
    return False


def _find(arr: list, fn: Any, name: str, indices: range) -> tuple[int, Any]:
    fn = _callback(fn)
    old = _deeper(2)
    try:
        for i in indices:
            v = arr[i] if i < len(arr) else None
            r = fn(v, float(i), arr)
            if r is True:
                return i, v
            if r is not False:
                _not_boolean(r, name)
    finally:
        setrecursionlimit(old)
    return -1, None


def a_find(arr: list, fn: Any = None, *_: Any) -> Any:
    return _find(arr, fn, "find", range(len(arr)))[1]


def a_find_index(arr: list, fn: Any = None, *_: Any) -> float:
    return float(_find(arr, fn, "findIndex", range(len(arr)))[0])


def a_find_last(arr: list, fn: Any = None, *_: Any) -> Any:
    return _find(arr, fn, "findLast", range(len(arr) - 1, -1, -1))[1]


def a_find_last_index(arr: list, fn: Any = None, *_: Any) -> float:
    return float(_find(arr, fn, "findLastIndex", range(len(arr) - 1, -1, -1))[0])


def _reduce(arr: list, args: tuple[Any, ...], forward: bool) -> Any:
    fn = check_callable(args[0] if args else None)
    n = len(arr)
    indices = list(range(n)) if forward else list(range(n - 1, -1, -1))
    pos = 0
    if len(args) >= 2:
        acc = args[1]
    else:
        if n == 0:
            type_error("Reduce of empty array with no initial value")
        acc = arr[indices[0]]
        pos = 1
    old = _deeper(2)
    try:
        for i in indices[pos:]:
            if i >= len(arr):
                continue
            acc = fn(acc, arr[i], float(i), arr)
    finally:
        setrecursionlimit(old)
    return acc


def a_reduce(arr: list, *args: Any) -> Any:
    return _reduce(arr, args, True)


def a_reduce_right(arr: list, *args: Any) -> Any:
    return _reduce(arr, args, False)


# --- sorting ---------------------------------------------------------------------------------------


def _sorted(arr: list, comparator: Any) -> list:
    if comparator is not None and not is_callable(comparator):
        type_error("The comparison function must be either a function or undefined")
    values = [v for v in arr if v is not None]
    undefined_count = len(arr) - len(values)
    if comparator is None:
        if all(type(v) is str for v in values):
            values.sort()
        else:
            keyed = [(to_string(v), v) for v in values]
            keyed.sort(key=lambda kv: kv[0])
            values = [v for _, v in keyed]
    else:

        def cmp(a: Any, b: Any) -> int:
            r = to_number(comparator(a, b))
            return -1 if r < 0 else 1 if r > 0 else 0

        values.sort(key=cmp_to_key(cmp))
    return values + [None] * undefined_count


def a_sort(arr: list, comparator: Any = None, *_: Any) -> list:
    check_mutable(arr)
    items = _sorted(arr, comparator)
    arr[: len(items)] = items  # elements a comparator appended stay after the sorted ones
    return arr


def a_to_sorted(arr: list, comparator: Any = None, *_: Any) -> JSArray:
    return JSArray(_sorted(arr, comparator))


def a_reverse(arr: list, *_: Any) -> list:
    check_mutable(arr)
    arr.reverse()
    return arr


def a_to_reversed(arr: list, *_: Any) -> JSArray:
    return JSArray(reversed(arr))


# --- mutation --------------------------------------------------------------------------------------


def a_push(arr: list, *items: Any) -> float:
    check_mutable(arr)
    _check_length(len(arr) + len(items))
    arr.extend(items)
    return float(len(arr))


def a_pop(arr: list, *_: Any) -> Any:
    check_mutable(arr)
    return arr.pop() if arr else None


def a_shift(arr: list, *_: Any) -> Any:
    check_mutable(arr)
    return arr.pop(0) if arr else None


def a_unshift(arr: list, *items: Any) -> float:
    check_mutable(arr)
    _check_length(len(arr) + len(items))
    arr[0:0] = items
    return float(len(arr))


def a_fill(arr: list, value: Any = None, start: Any = None, end: Any = None, *_: Any) -> list:
    check_mutable(arr)
    a = _relative(start, len(arr), 0)
    b = _relative(end, len(arr), len(arr))
    for i in range(a, b):
        arr[i] = value
    return arr


def a_copy_within(arr: list, target: Any = None, start: Any = None, end: Any = None, *_: Any) -> list:
    check_mutable(arr)
    n = len(arr)
    to = _relative(target, n, 0)
    frm = _relative(start, n, 0)
    fin = _relative(end, n, n)
    count = min(fin - frm, n - to)
    if count > 0:
        arr[to : to + count] = arr[frm : frm + count]
    return arr


def _splice_args(n: int, args: tuple[Any, ...]) -> tuple[int, int, tuple[Any, ...]]:
    start = _relative(args[0] if args else None, n, 0)
    if not args:
        count = 0
    elif len(args) == 1:
        count = n - start
    else:
        count = int(min(max(to_integer_or_infinity(args[1]), 0), n - start))
    return start, count, args[2:]


def a_splice(arr: list, *args: Any) -> JSArray:
    check_mutable(arr)
    start, count, items = _splice_args(len(arr), args)
    _check_length(len(arr) - count + len(items))
    removed = JSArray(arr[start : start + count])
    arr[start : start + count] = items
    return removed


def a_to_spliced(arr: list, *args: Any) -> JSArray:
    start, count, items = _splice_args(len(arr), args)
    _check_length(len(arr) - count + len(items))
    out = JSArray(arr)
    out[start : start + count] = items
    return out


def a_with(arr: list, index: Any = None, value: Any = None, *_: Any) -> JSArray:
    rel = to_integer_or_infinity(index)
    actual = rel + len(arr) if rel < 0 else rel
    if actual < 0 or actual >= len(arr):
        range_error(f"Invalid index : {number_to_string(rel)}")
    out = JSArray(arr)
    out[int(actual)] = value
    return out


ARRAY_METHODS: dict[str, Callable[..., Any]] = {
    "at": a_at,
    "concat": a_concat,
    "copyWithin": a_copy_within,
    "every": a_every,
    "fill": a_fill,
    "filter": a_filter,
    "find": a_find,
    "findIndex": a_find_index,
    "findLast": a_find_last,
    "findLastIndex": a_find_last_index,
    "flat": a_flat,
    "flatMap": a_flat_map,
    "forEach": a_for_each,
    "includes": a_includes,
    "indexOf": a_index_of,
    "join": a_join,
    "lastIndexOf": a_last_index_of,
    "map": a_map,
    "pop": a_pop,
    "push": a_push,
    "reduce": a_reduce,
    "reduceRight": a_reduce_right,
    "reverse": a_reverse,
    "shift": a_shift,
    "slice": a_slice,
    "some": a_some,
    "sort": a_sort,
    "splice": a_splice,
    "toReversed": a_to_reversed,
    "toSorted": a_to_sorted,
    "toSpliced": a_to_spliced,
    "toString": a_to_string,
    "unshift": a_unshift,
    "with": a_with,
}

MUTATING_METHODS = frozenset({"copyWithin", "fill", "pop", "push", "reverse", "shift", "sort", "splice",
                              "unshift"})
