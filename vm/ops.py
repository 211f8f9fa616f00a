"""Run-time helpers called by generated code: operators, property access, calls, iteration, destructuring
and the boolean assertion (SPEC §3.7, §3.14, §3.16, §12.5).

Each helper is small and monomorphic: the first test is the common case (``type(x) is float``, a plain
``JSObject``), the general ECMAScript path follows, built on vm/conversions.py. Generated code refers to
them through the names in ``HELPERS`` (``Z_<name>`` in the module namespace, see vm/namespace.py).

Errors are raised as ``JSError`` without a location; vm/locate.py adds the position of the generated code
that called the helper. A failing call (``f(x)`` where ``f`` is not a function) is left to Python's own
``TypeError``: vm/locate.py maps it to ``TypeError: <callee source> is not a function`` with the call's
position table (see ``CALL_HELPERS``).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterable
from typing import Any

from .conversions import (
    is_array_index,
    own_keys,
    strict_equals,
    to_int32,
    to_number,
    to_primitive,
    to_property_key,
    to_string,
    to_uint32,
    typeof,
)
from .errors import range_error, type_error
from .mathlib import js_pow as _math_pow
from .ranges import make_range
from .values import FrozenArray, FrozenObject, HostFunction, HostObject, JSArray, JSObject

try:
    from .values import frozen_message
except ImportError:  # pragma: no cover - older values.py

    def frozen_message(obj: Any) -> str:
        return "Cannot modify module-level state during a request"
NAN = math.nan
INF = math.inf
MAX_ARRAY_LENGTH = 2**32 - 1


class _NoReturn:
    """The value a loop body compiled as a nested function returns when it falls off its end."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NORET"


NORET = _NoReturn()


# ---------------------------------------------------------------------------------------------------------
# Method tables of the runtime library (looked up lazily: vm/builtins.py may not exist yet)
# ---------------------------------------------------------------------------------------------------------

STRING_METHODS: dict[str, Callable[..., Any]] = {}
ARRAY_METHODS: dict[str, Callable[..., Any]] = {}
NUMBER_METHODS: dict[str, Callable[..., Any]] = {}
BOOLEAN_METHODS: dict[str, Callable[..., Any]] = {}


def _load_method_tables() -> None:
    try:
        from . import builtins as lib  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - temporary, until the runtime library lands
        return
    for name, table in (("STRING_METHODS", STRING_METHODS), ("ARRAY_METHODS", ARRAY_METHODS),
                        ("NUMBER_METHODS", NUMBER_METHODS), ("BOOLEAN_METHODS", BOOLEAN_METHODS)):
        table.update(getattr(lib, name, {}))


def _bind(method: Callable[..., Any], this: Any, name: str) -> Callable[..., Any]:
    """A method read as a value (``const f = s.trim``): a function of the JS arguments."""

    def bound(*args: Any) -> Any:
        return method(this, *args)

    bound.__name__ = name
    bound.__qualname__ = name
    bound.js_length = getattr(method, "js_length", 0)  # type: ignore[attr-defined]
    return bound


# ---------------------------------------------------------------------------------------------------------
# Property reads
# ---------------------------------------------------------------------------------------------------------


def _read_undefined(key: Any) -> Any:
    type_error(f"Cannot read properties of undefined (reading '{to_property_key(key)}')")


def _string_get(s: str, key: str) -> Any:
    if key == "length":
        return float(len(s))
    if key[:1].isdigit() and is_array_index(key):
        i = int(key)
        return s[i] if i < len(s) else None
    method = STRING_METHODS.get(key)
    return None if method is None else _bind(method, s, key)


def _array_get(a: list[Any], key: str) -> Any:
    if key == "length":
        return float(len(a))
    if key[:1].isdigit() and is_array_index(key):
        i = int(key)
        return a[i] if i < len(a) else None
    method = ARRAY_METHODS.get(key)
    return None if method is None else _bind(method, a, key)


def _function_get(f: Any, key: str) -> Any:
    from .functions import function_length, function_name

    if key == "name":
        return function_name(f)
    if key == "length":
        return float(function_length(f))
    return None


def get_slow(o: Any, key: str) -> Any:
    """``o[key]`` for a string key and any receiver (the general path of ``js_get``)."""
    if isinstance(o, dict):
        return o.get(key)
    if isinstance(o, list):
        return _array_get(o, key)
    t = type(o)
    if t is str:
        return _string_get(o, key)
    if o is None:
        _read_undefined(key)
    if isinstance(o, HostObject):
        return o.js_get(key)
    if t is float or t is int:
        method = NUMBER_METHODS.get(key)
        return None if method is None else _bind(method, o, key)
    if t is bool:
        method = BOOLEAN_METHODS.get(key)
        return None if method is None else _bind(method, o, key)
    if callable(o):
        return _function_get(o, key)
    return None


def js_get(o: Any, key: str) -> Any:
    """``o.key`` with a static key."""
    t = type(o)
    if t is JSObject or t is FrozenObject:
        return o.get(key)
    return get_slow(o, key)


def js_length(o: Any) -> Any:
    """``o.length``."""
    t = type(o)
    if t is JSArray or t is str:
        return float(len(o))
    if t is JSObject:
        return o.get("length")
    return get_slow(o, "length")


def js_getk(o: Any, k: Any) -> Any:
    """``o[k]`` with a computed key."""
    t = type(o)
    if type(k) is float and (t is JSArray or t is str or t is FrozenArray):
        if 0.0 <= k < len(o):
            i = int(k)
            if i == k:
                return o[i]
        return None
    if t is JSObject:
        return o.get(k if type(k) is str else to_property_key(k))
    if o is None:
        _read_undefined(k)
    if isinstance(o, HostObject) and type(k) is float:
        getter = getattr(o, "get_index", None)
        if getter is not None and k.is_integer():
            return getter(int(k))
    return get_slow(o, k if type(k) is str else to_property_key(k))


# ---------------------------------------------------------------------------------------------------------
# Property writes
# ---------------------------------------------------------------------------------------------------------


def _set_array_length(a: list[Any], v: Any) -> None:
    n = to_number(v)
    if not (0 <= n <= MAX_ARRAY_LENGTH) or n != int(n):
        range_error("Invalid array length")
    n = int(n)
    if n < len(a):
        del a[n:]
    else:
        a.extend([None] * (n - len(a)))


def _set_array_index(a: list[Any], i: int, v: Any) -> None:
    n = len(a)
    if i < n:
        a[i] = v
    elif i == n:
        a.append(v)
    else:
        a.extend([None] * (i - n))
        a.append(v)


def _primitive_write(o: Any, key: str) -> Any:
    if o is None:
        type_error(f"Cannot set properties of undefined (setting '{key}')")
    kind = typeof(o)
    if kind == "function":
        from .loader import is_frozen_function  # the error path only: no import cost on writes

        if is_frozen_function(o):
            type_error(frozen_message(o))
        type_error(f"Cannot assign to read only property '{key}' of function '{to_string(o)}'"
                   if key in ("name", "length") else f"Cannot add property {key}, object is not extensible")
    type_error(f"Cannot create property '{key}' on {kind} '{to_string(o)}'")


def set_slow(o: Any, key: str, v: Any) -> Any:
    """``o[key] = v`` for a string key and any receiver (the general path of ``js_set``)."""
    t = type(o)
    if t is JSArray:
        if key == "length":
            _set_array_length(o, v)
        elif key[:1].isdigit() and is_array_index(key):
            _set_array_index(o, int(key), v)
        else:
            type_error(f"Cannot set property '{key}' on an array")
        return v
    if t is FrozenObject or t is FrozenArray:
        type_error(frozen_message(o))
    if isinstance(o, dict):
        o[key] = v
        return v
    if isinstance(o, HostObject) and not isinstance(o, HostFunction):
        o.js_set(key, v)
        return v
    if isinstance(o, HostFunction):
        type_error(f"Cannot assign to read only property '{key}' of function '{to_string(o)}'")
    return _primitive_write(o, key)


def js_set(o: Any, key: str, v: Any) -> Any:
    """``o.key = v`` with a static key; returns ``v``."""
    if type(o) is JSObject:
        o[key] = v
        return v
    return set_slow(o, key, v)


def js_setk(o: Any, k: Any, v: Any) -> Any:
    """``o[k] = v`` with a computed key; returns ``v``."""
    t = type(o)
    if t is JSArray and type(k) is float:
        if 0.0 <= k <= 4294967294.0 and k == int(k):
            _set_array_index(o, int(k), v)
            return v
    elif t is JSObject:
        o[k if type(k) is str else to_property_key(k)] = v
        return v
    if isinstance(o, HostObject) and type(k) is float and k.is_integer():
        setter = getattr(o, "set_index", None)
        if setter is not None:
            setter(int(k), v)
            return v
    return set_slow(o, k if type(k) is str else to_property_key(k), v)


# ---------------------------------------------------------------------------------------------------------
# Method calls (no ``this``: the method value is called with the JS arguments; built-in methods of
# primitives and arrays receive the receiver first)
# ---------------------------------------------------------------------------------------------------------


def js_callm(o: Any, name: str, *args: Any) -> Any:
    """``o.name(...args)``."""
    t = type(o)
    if t is JSObject:
        return o.get(name)(*args)
    if t is JSArray or t is FrozenArray:
        method = ARRAY_METHODS.get(name)
        if method is not None:
            return method(o, *args)
    elif t is str:
        method = STRING_METHODS.get(name)
        if method is not None:
            return method(o, *args)
    elif t is float:
        method = NUMBER_METHODS.get(name)
        if method is not None:
            return method(o, *args)
    elif t is bool:
        method = BOOLEAN_METHODS.get(name)
        if method is not None:
            return method(o, *args)
    elif o is None:
        _read_undefined(name)
    return get_slow(o, name)(*args)


def js_callk(o: Any, k: Any, *args: Any) -> Any:
    """``o[k](...args)``."""
    if type(k) is str:
        return js_callm(o, k, *args)
    return js_getk(o, k)(*args)


def js_push(o: Any, v: Any) -> Any:
    """``o.push(v)`` (one argument)."""
    if type(o) is JSArray:
        o.append(v)
        return float(len(o))
    return js_callm(o, "push", v)


def js_index(o: Any, k: float) -> Any:
    """``o[k]`` where ``k`` is known to be a number."""
    if type(o) is JSArray:
        if 0.0 <= k < len(o):
            i = int(k)
            if i == k:
                return o[i]
        return None
    return js_getk(o, k)


CALL_HELPERS = (js_callm.__code__, js_callk.__code__, js_push.__code__)


# ---------------------------------------------------------------------------------------------------------
# Operators (SPEC §3.14)
# ---------------------------------------------------------------------------------------------------------


def js_add(a: Any, b: Any) -> Any:
    """``a + b``."""
    ta = type(a)
    tb = type(b)
    if ta is float and tb is float:
        return a + b
    if ta is str:
        if tb is str:
            return a + b
        if tb is float:
            return a + num_str(b)
    elif tb is str and ta is float:
        return num_str(a) + b
    a = to_primitive(a)
    b = to_primitive(b)
    if type(a) is str or type(b) is str:
        return js_str(a) + js_str(b)
    return to_number(a) + to_number(b)


def js_sub(a: Any, b: Any) -> float:
    if type(a) is float and type(b) is float:
        return a - b
    return to_number(a) - to_number(b)


def js_mul(a: Any, b: Any) -> float:
    if type(a) is float and type(b) is float:
        return a * b
    return to_number(a) * to_number(b)


def js_div(a: Any, b: Any) -> float:
    if type(a) is not float:
        a = to_number(a)
    if type(b) is not float:
        b = to_number(b)
    try:
        return a / b
    except ZeroDivisionError:
        if a != a or a == 0:
            return NAN
        return math.copysign(INF, a) * math.copysign(1.0, b)


def js_mod(a: Any, b: Any) -> float:
    if type(a) is not float:
        a = to_number(a)
    if type(b) is not float:
        b = to_number(b)
    try:
        return math.fmod(a, b)
    except ValueError:
        return NAN


def _is_odd_integer(x: float) -> bool:
    return x.is_integer() and math.fmod(x, 2.0) != 0


def js_pow(a: Any, b: Any) -> float:
    """``a ** b`` bit-identical to V8 (fdlibm's pow; Python's ``**`` differs in the last digit)."""
    if type(a) is not float:
        a = to_number(a)
    if type(b) is not float:
        b = to_number(b)
    return _math_pow(a, b)


def js_neg(a: Any) -> float:
    if type(a) is float:
        return -a
    return -to_number(a)


def js_pos(a: Any) -> float:
    if type(a) is float:
        return a
    return to_number(a)


def _compare_operands(a: Any, b: Any) -> tuple[Any, Any]:
    a = to_primitive(a)
    b = to_primitive(b)
    if type(a) is str and type(b) is str:
        return a, b
    return to_number(a), to_number(b)


def js_lt(a: Any, b: Any) -> bool:
    if type(a) is float and type(b) is float:
        return a < b
    a, b = _compare_operands(a, b)
    return a < b


def js_le(a: Any, b: Any) -> bool:
    if type(a) is float and type(b) is float:
        return a <= b
    a, b = _compare_operands(a, b)
    return a <= b


def js_gt(a: Any, b: Any) -> bool:
    if type(a) is float and type(b) is float:
        return a > b
    a, b = _compare_operands(a, b)
    return a > b


def js_ge(a: Any, b: Any) -> bool:
    if type(a) is float and type(b) is float:
        return a >= b
    a, b = _compare_operands(a, b)
    return a >= b


def js_seq(a: Any, b: Any) -> bool:
    """``a === b``."""
    ta = type(a)
    if ta is type(b):
        if ta is float or ta is str:
            return a == b
        return a is b or (ta is int and a == b)
    return strict_equals(a, b)


def js_sne(a: Any, b: Any) -> bool:
    """``a !== b``."""
    return not js_seq(a, b)


def js_band(a: Any, b: Any) -> float:
    return float(to_int32(a) & to_int32(b))


def js_bor(a: Any, b: Any) -> float:
    return float(to_int32(a) | to_int32(b))


def js_bxor(a: Any, b: Any) -> float:
    return float(to_int32(a) ^ to_int32(b))


def js_shl(a: Any, b: Any) -> float:
    return float(to_int32(to_int32(a) << (to_uint32(b) & 31)))


def js_sar(a: Any, b: Any) -> float:
    return float(to_int32(a) >> (to_uint32(b) & 31))


def js_shr(a: Any, b: Any) -> float:
    return float(to_uint32(a) >> (to_uint32(b) & 31))


def js_bitnot(a: Any) -> float:
    return float(~to_int32(a))


def _in_text(v: Any) -> str:
    if isinstance(v, (dict, list)) or (isinstance(v, HostObject) and not isinstance(v, HostFunction)):
        return "[object Object]" if isinstance(v, dict) else to_string(v)
    return to_string(v)


def js_in(k: Any, o: Any) -> bool:
    """``k in o`` (the right operand must be an object)."""
    key = k if type(k) is str else to_property_key(k)
    if isinstance(o, dict):
        return key in o
    if isinstance(o, list):
        if key == "length" or key in ARRAY_METHODS:
            return True
        return is_array_index(key) and int(key) < len(o)
    if isinstance(o, HostObject) and not isinstance(o, HostFunction):
        return key in o.js_keys() or o.js_get(key) is not None
    if o is not None and typeof(o) == "function":
        return key in ("name", "length") or (isinstance(o, HostFunction) and o.js_get(key) is not None)
    type_error(f"Cannot use 'in' operator to search for '{key}' in {_in_text(o)}")


def js_typeof(v: Any) -> str:
    return typeof(v)


def js_typeof_global(name: str) -> str:
    """``typeof name`` for a name that is not declared in the program ("undefined" when unknown)."""
    from .namespace import js_globals

    return typeof(js_globals().get(name))


# ---------------------------------------------------------------------------------------------------------
# Booleans (SPEC §12.5)
# ---------------------------------------------------------------------------------------------------------


def js_nonbool(v: Any, context: str) -> Any:
    """Raise the run-time boolean assertion error for ``v``."""
    type_error(f"non-boolean value ({typeof(v)}) in {context}")


def js_bool(v: Any, context: str) -> bool:
    """``v`` when it is a boolean, else the run-time boolean assertion error."""
    if v is True or v is False:
        return v
    type_error(f"non-boolean value ({typeof(v)}) in {context}")


def js_not(v: Any) -> bool:
    """``!v``."""
    if v is True:
        return False
    if v is False:
        return True
    type_error(f"non-boolean value ({typeof(v)}) in '!' operand")


# ---------------------------------------------------------------------------------------------------------
# Iteration, spread and destructuring
# ---------------------------------------------------------------------------------------------------------


def _code_points(s: str) -> list[str]:
    try:
        from .objects import string_code_points
    except ImportError:  # pragma: no cover
        return list(s)
    return string_code_points(s)


def _iterate(v: Any, source: str) -> Iterable[Any]:
    if isinstance(v, list):
        return v
    if type(v) is str:
        return v if v.isascii() else _code_points(v)
    if isinstance(v, HostObject):
        it = getattr(v, "js_iter", None)
        if it is not None:
            return it()
    type_error(f"{source} is not iterable")


def js_iter(v: Any, source: str) -> Iterable[Any]:
    """What for-of iterates for ``v`` (arrays re-read their length at every step)."""
    if type(v) is JSArray:
        return v
    return _iterate(v, source)


def js_range_iter(*args: Any) -> Iterable[float]:
    """``for (const i of range(...))`` without building the range value."""
    return make_range(*args).js_iter()


def js_spread(v: Any, source: str) -> Iterable[Any]:
    """The items of ``...v`` in an array literal or argument list."""
    if type(v) is JSArray:
        return v
    return _iterate(v, source)


def js_darr(v: Any, source: str) -> list[Any]:
    """The value of an array pattern as a list (any iterable is accepted)."""
    if isinstance(v, list):
        return v
    if v is None:
        type_error(f"Cannot destructure '{source}' as it is undefined")
    return list(_iterate(v, source))


def js_at(items: list[Any], i: int) -> Any:
    """Element ``i`` of a destructured list (undefined past the end)."""
    return items[i] if i < len(items) else None


def js_arest(items: list[Any], i: int) -> JSArray:
    """The rest element ``...r`` of an array pattern."""
    return JSArray(items[i:])


def js_dobj(v: Any, source: str) -> Any:
    """The value of an object pattern (undefined cannot be destructured)."""
    if v is None:
        type_error(f"Cannot destructure '{source}' as it is undefined")
    return v


def js_orest(o: Any, excluded: tuple[str, ...]) -> JSObject:
    """The rest element ``...r`` of an object pattern: remaining own enumerable properties, in order."""
    out = JSObject()
    for key in own_keys(o):
        if key not in excluded:
            out[key] = js_getk(o, key)
    return out


def js_named(f: Any, key: str) -> Any:
    """An anonymous function stored under a computed key takes the key as its ``name``."""
    f.__name__ = key
    return f


def js_key(k: Any) -> str:
    """ToPropertyKey for computed keys of object literals and patterns."""
    return k if type(k) is str else to_property_key(k)


# ---------------------------------------------------------------------------------------------------------
# Literals
# ---------------------------------------------------------------------------------------------------------


def js_ospread(v: Any) -> dict[str, Any]:
    """The properties ``{...v}`` copies: own enumerable properties in property order."""
    if v is None:
        return {}
    if isinstance(v, dict):
        for k in v:
            if "0" <= k[:1] <= "9":
                break
        else:  # no array-index keys: the dict's own order is property order
            return v
        return {k: v[k] for k in own_keys(v)}
    if isinstance(v, (list, str)):
        return {str(i): x for i, x in enumerate(v)}
    if isinstance(v, HostObject):
        return {k: v.js_get(k) for k in v.js_keys()}
    return {}


_EXACT = 9007199254740992.0  # 2**53: integers up to here print as their exact digits


def num_str(x: float) -> str:
    """Number::toString(x) with a fast path for safe integers."""
    if -_EXACT <= x <= _EXACT and x.is_integer():
        return str(int(x))
    return to_string(x)


def js_str(v: Any) -> str:
    """ToString (template substitutions, string concatenation)."""
    t = type(v)
    if t is str:
        return v
    if t is float and -_EXACT <= v <= _EXACT and v.is_integer():
        return str(int(v))
    return to_string(v)


# ---------------------------------------------------------------------------------------------------------
# match (SPEC §3.11)
# ---------------------------------------------------------------------------------------------------------


def js_isobj(v: Any) -> bool:
    """Whether an object pattern can match ``v`` (any object value; not functions or primitives)."""
    if isinstance(v, (dict, list)):
        return True
    return isinstance(v, HostObject) and not isinstance(v, HostFunction)


def js_isarr(v: Any, n: int) -> bool:
    """Whether an array pattern of ``n`` elements can match ``v``."""
    return isinstance(v, list) and len(v) == n


# ---------------------------------------------------------------------------------------------------------
# JSX (SPEC §8): elements are built by the runtime library's JSX module
# ---------------------------------------------------------------------------------------------------------


_JSX_MODULE = f"{__package__}.jsx"


def js_jsx(tag: Any, props: JSObject, children: list[Any], is_component: bool) -> Any:
    """Create a JSX element value (vm/jsx.py, looked up in ``sys.modules`` on each call: a dict lookup,
    and tests may substitute the module)."""
    module = sys.modules.get(_JSX_MODULE)
    if module is None:
        from . import jsx as module
    return module.create_element(tag, props, children, is_component)


HELPERS: dict[str, Any] = {
    "get": js_get,
    "len": js_length,
    "getk": js_getk,
    "set": js_set,
    "setk": js_setk,
    "callm": js_callm,
    "callk": js_callk,
    "push": js_push,
    "index": js_index,
    "add": js_add,
    "sub": js_sub,
    "mul": js_mul,
    "div": js_div,
    "mod": js_mod,
    "pow": js_pow,
    "neg": js_neg,
    "pos": js_pos,
    "lt": js_lt,
    "le": js_le,
    "gt": js_gt,
    "ge": js_ge,
    "seq": js_seq,
    "sne": js_sne,
    "band": js_band,
    "bor": js_bor,
    "bxor": js_bxor,
    "shl": js_shl,
    "sar": js_sar,
    "shr": js_shr,
    "bitnot": js_bitnot,
    "in": js_in,
    "typeof": js_typeof,
    "typeofg": js_typeof_global,
    "nonbool": js_nonbool,
    "bool": js_bool,
    "not": js_not,
    "iter": js_iter,
    "range": js_range_iter,
    "spread": js_spread,
    "darr": js_darr,
    "at": js_at,
    "arest": js_arest,
    "dobj": js_dobj,
    "orest": js_orest,
    "key": js_key,
    "named": js_named,
    "ospread": js_ospread,
    "str": js_str,
    "isobj": js_isobj,
    "isarr": js_isarr,
    "jsx": js_jsx,
    "O": JSObject,
    "OBJECTS": (JSObject, FrozenObject),
    "A": JSArray,
    "float": float,
    "strt": str,
    "NORET": NORET,
}

_load_method_tables()
# String, number and array methods by name, for calls whose receiver the code generator knows (or has just
# tested) to be a string, a number or an array: ``Z_sm_trim(s)`` instead of ``Z_callm(s, "trim")``.
HELPERS.update({"sm_" + name: fn for name, fn in STRING_METHODS.items()})
HELPERS.update({"nm_" + name: fn for name, fn in NUMBER_METHODS.items()})
HELPERS.update({"am_" + name: fn for name, fn in ARRAY_METHODS.items()})
