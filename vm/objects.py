"""``Object`` and ``Array`` statics, and the iteration protocol (SPEC §9.3, §3.14).

Iteration: arrays yield their elements, strings their code points (a surrogate pair is one item), host
objects with ``js_iter()`` (ranges, typed arrays, ...) whatever that returns. ``Array.from`` also accepts
array-like objects (a numeric ``length``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

from .conversions import (
    check_callable,
    describe_value,
    is_array_index,
    own_keys,
    to_number,
    to_property_key,
)
from .errors import range_error, type_error
from .values import HostFunction, HostObject, JSArray, JSObject

_CODE_POINT = re.compile("[\ud800-\udbff][\udc00-\udfff]|.", re.DOTALL)


def string_code_points(s: str) -> list[str]:
    """A string's code points as UTF-16-form strings (pairs kept together, lone surrogates alone)."""
    if s.isascii():
        return list(s)
    return _CODE_POINT.findall(s)


def js_iterator(v: Any) -> Iterator[Any] | None:
    """A Python iterator over what for-of yields for ``v``, or None when ``v`` is not iterable."""
    if isinstance(v, list):
        return iter(v)
    if type(v) is str:
        return iter(string_code_points(v))
    if isinstance(v, HostObject):
        it = getattr(v, "js_iter", None)
        if it is not None:
            return it()
    return None


def array_like_values(obj: Any) -> list[Any]:
    """Elements ``0 .. length-1`` of an array-like object (``{ length: 3 }``); non-objects give ``[]``."""
    if isinstance(obj, dict):
        n = _to_length(obj.get("length"))
        out: list[Any] = [None] * n  # dense: a length beyond what memory holds fails here, at once
        for key, value in obj.items():
            if key[:1].isdigit() and is_array_index(key) and int(key) < n:
                out[int(key)] = value
        return out
    if isinstance(obj, HostObject):
        n = _to_length(obj.js_get("length"))
        return [obj.js_get(str(i)) for i in range(n)]
    return []


def _to_length(v: Any) -> int:
    n = to_number(v)
    if n != n or n <= 0:
        return 0
    if n == math.inf or n > 2**32 - 1:
        range_error("Invalid array length")
    return int(n)


def iterable_values(source: Any) -> list[Any]:
    """The values ``Array.from(source)`` and typed-array ``from`` build from."""
    it = js_iterator(source)
    if it is not None:
        return list(it)
    if source is None:
        type_error("undefined is not iterable (cannot read property Symbol(Symbol.iterator))")
    return array_like_values(source)


def _require_object(o: Any) -> None:
    if o is None:
        type_error("Cannot convert undefined to object")


def _get(o: Any, key: str) -> Any:
    if isinstance(o, dict):
        return o.get(key)
    if isinstance(o, (list, str)):
        return o[int(key)]
    if isinstance(o, HostObject):
        return o.js_get(key)
    return None


# ----------------------------------------------------------------------------------------------------
# Object
# ----------------------------------------------------------------------------------------------------


def object_keys(o: Any = None, *_: Any) -> JSArray:
    """``Object.keys(o)``."""
    _require_object(o)
    return JSArray(own_keys(o))


def object_values(o: Any = None, *_: Any) -> JSArray:
    """``Object.values(o)``."""
    _require_object(o)
    if isinstance(o, list):
        return JSArray(o)
    if type(o) is str:
        return JSArray(o)
    return JSArray(_get(o, k) for k in own_keys(o))


def object_entries(o: Any = None, *_: Any) -> JSArray:
    """``Object.entries(o)``."""
    _require_object(o)
    return JSArray(JSArray((k, _get(o, k))) for k in own_keys(o))


def object_from_entries(iterable: Any = None, *_: Any) -> JSObject:
    """``Object.fromEntries(iterable)``."""
    it = js_iterator(iterable)
    if it is None:
        if iterable is None:
            type_error("undefined is not iterable (cannot read property Symbol(Symbol.iterator))")
        type_error(f"{describe_value(iterable)} is not iterable")
    out = JSObject()
    for entry in it:
        if isinstance(entry, list):
            key = entry[0] if entry else None
            value = entry[1] if len(entry) > 1 else None
        elif isinstance(entry, (dict, HostObject)):
            key, value = _get(entry, "0"), _get(entry, "1")
        else:
            type_error(f"Iterator value {describe_value(entry)} is not an entry object")
        out[to_property_key(key)] = value
    return out


def has_own(o: Any, key: str) -> bool:
    """Own-property test on a value (``key`` already a property key)."""
    if isinstance(o, dict):
        return key in o
    if isinstance(o, (list, str)):
        if key == "length":
            return True
        return key.isdigit() and key.isascii() and (key == "0" or key[0] != "0") and int(key) < len(o)
    if isinstance(o, HostFunction):  # a factory: name, length and its statics
        return key in ("name", "length") or o.js_get(key) is not None
    if isinstance(o, HostObject):
        if key in o.js_keys():
            return True
        # namespace objects (Math, JSON, console, ...) own their members without enumerating them
        return getattr(o, "members", None) is not None and o.js_get(key) is not None
    return callable(o) and key in ("name", "length")  # a function's own name and length


def object_has_own(o: Any = None, key: Any = None, *_: Any) -> bool:
    """``Object.hasOwn(o, key)``."""
    _require_object(o)
    return has_own(o, to_property_key(key))


# ----------------------------------------------------------------------------------------------------
# Array
# ----------------------------------------------------------------------------------------------------


def array_is_array(v: Any = None, *_: Any) -> bool:
    """``Array.isArray(v)``: true for arrays only."""
    return isinstance(v, list)


def array_from(source: Any = None, map_fn: Any = None, *_: Any) -> JSArray:
    """``Array.from(source, mapFn?)``; ``mapFn`` receives ``(element, index)``."""
    if map_fn is not None:
        check_callable(map_fn)
    values = iterable_values(source)
    if map_fn is None:
        return JSArray(values)
    return JSArray(map_fn(v, float(i)) for i, v in enumerate(values))


def array_of(*items: Any) -> JSArray:
    """``Array.of(...items)``."""
    return JSArray(items)
