"""JS type conversions and equality (SPEC §3.14, §0.11, §0.12).

Every function here follows the ECMAScript abstract operation of the same name, restricted to zigttp's
value model (vm/values.py): ``None`` is undefined, numbers are ``float`` (``int`` accepted defensively),
strings are ``str`` in UTF-16 form.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .numfmt import number_to_string
from .values import HostFunction, HostObject, JSArray, JSObject

__all__ = [
    "typeof",
    "to_string",
    "to_number",
    "to_numeric_string",
    "to_property_key",
    "number_to_string",
    "to_int32",
    "to_uint32",
    "to_boolean",
    "strict_equals",
    "same_value_zero",
    "same_value",
    "own_keys",
    "to_primitive",
    "is_array_index",
    "is_callable",
    "to_integer_or_infinity",
    "string_to_number",
    "JS_WHITESPACE",
    "describe_value",
    "check_callable",
    "check_predicate",
    "array_join",
    "FROZEN_MESSAGE",
]

FROZEN_MESSAGE = "Cannot modify module-level state during a request"

# WhiteSpace and LineTerminator code points (what String.prototype.trim and StringToNumber strip).
JS_WHITESPACE = (
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)

_DECIMAL = re.compile(r"[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)\Z", re.ASCII)
_NON_DECIMAL = {"x": (16, re.compile(r"[0-9a-fA-F]+\Z")), "o": (8, re.compile(r"[0-7]+\Z")),
                "b": (2, re.compile(r"[01]+\Z"))}


def is_callable(v: Any) -> bool:
    """True for JS functions (compiled functions, HostFunctions, runtime callables)."""
    if isinstance(v, HostObject):
        return isinstance(v, HostFunction)
    return callable(v) and not isinstance(v, (type, JSObject, JSArray))


def typeof(v: Any) -> str:
    """The result of the ``typeof`` operator."""
    if v is None:
        return "undefined"
    t = type(v)
    if t is bool:
        return "boolean"
    if t is float or t is int:
        return "number"
    if t is str:
        return "string"
    if isinstance(v, (dict, list)):
        return "object"
    if isinstance(v, HostObject):
        return "function" if isinstance(v, HostFunction) else "object"
    if callable(v):
        return "function"
    return "object"


def string_to_number(s: str) -> float:
    """StringToNumber: the StrNumericLiteral grammar applied to the trimmed string."""
    s = s.strip(JS_WHITESPACE)
    if not s:
        return 0.0
    if _DECIMAL.match(s):
        return float(s)
    if len(s) > 2 and s[0] == "0" and s[1] in "xXoObB":
        radix, pattern = _NON_DECIMAL[s[1].lower()]
        digits = s[2:]
        if pattern.match(digits):
            return float(int(digits, radix))
        return math.nan
    if s in ("Infinity", "+Infinity"):
        return math.inf
    if s == "-Infinity":
        return -math.inf
    return math.nan


def to_primitive(v: Any) -> Any:
    """ToPrimitive: objects (no valueOf in the subset) become their ToString; primitives stay."""
    if v is None or type(v) in (bool, float, int, str):
        return v
    return to_string(v)


def to_number(v: Any) -> float:
    """ToNumber."""
    t = type(v)
    if t is float:
        return v
    if v is None:
        return math.nan
    if t is bool:
        return 1.0 if v else 0.0
    if t is int:
        return float(v)
    if t is str:
        return string_to_number(v)
    return string_to_number(to_string(v))


def _array_join(arr: Any, seen: set[int], sep: str = ",") -> str:
    if id(arr) in seen:
        return ""
    seen.add(id(arr))
    try:
        parts = []
        for item in arr:
            if item is None:
                parts.append("")
            elif isinstance(item, list):
                parts.append(_array_join(item, seen))
            else:
                parts.append(to_string(item))
        return sep.join(parts)
    finally:
        seen.discard(id(arr))


def _function_source(f: Any) -> str:
    if isinstance(f, HostFunction):
        return f"function {f.js_name}() {{ [native code] }}"
    try:
        from .functions import function_source  # the code generator's module (lazy: avoids a cycle)
    except ImportError:  # pragma: no cover - only while the code generator is absent
        function_source = None
    if function_source is not None:
        src = function_source(f)
        if src is not None:
            return src
    name = getattr(f, "js_name", None) or getattr(f, "__name__", "")
    return f"function {name}() {{ [native code] }}"


def to_string(v: Any) -> str:
    """ToString (arrays join with ``,``; host objects ``[object <js_class>]``; functions their source)."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if v is None:
        return "undefined"
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return number_to_string(float(v))
    if isinstance(v, list):
        return _array_join(v, set())
    if isinstance(v, dict):
        return "[object Object]"
    if isinstance(v, HostObject):
        if isinstance(v, HostFunction):
            return _function_source(v)
        hook = getattr(v, "js_to_string", None)
        if hook is not None:
            return hook()
        return f"[object {v.js_class}]"
    if callable(v):
        return _function_source(v)
    return "[object Object]"


def to_numeric_string(v: Any) -> str:
    """Alias kept for readability in call sites that format numbers."""
    return to_string(v)


def to_property_key(v: Any) -> str:
    """ToPropertyKey: the string used to look up a property."""
    if type(v) is str:
        return v
    if type(v) is float and v.is_integer() and 0 <= v < 1e21:
        return str(int(v))
    return to_string(v)


def to_boolean(v: Any) -> bool:
    """ToBoolean (what ``Boolean(v)`` returns)."""
    if v is None:
        return False
    t = type(v)
    if t is bool:
        return v
    if t is float or t is int:
        return not (v == 0 or v != v)
    if t is str:
        return len(v) > 0
    return True


def to_integer_or_infinity(v: Any) -> float:
    """ToIntegerOrInfinity: NaN -> 0, truncation towards zero, infinities kept (returns a float)."""
    n = to_number(v)
    if n != n:
        return 0.0
    if n in (math.inf, -math.inf):
        return n
    return float(math.trunc(n)) + 0.0


def _to_uint32_number(n: float) -> int:
    if n != n or n in (math.inf, -math.inf):
        return 0
    return int(n) & 0xFFFFFFFF


def to_uint32(v: Any) -> int:
    """ToUint32 (a Python int in 0 .. 2^32-1)."""
    t = type(v)
    n = v if t is float else to_number(v)
    return _to_uint32_number(n)


def to_int32(v: Any) -> int:
    """ToInt32 (a Python int in -2^31 .. 2^31-1)."""
    t = type(v)
    if t is int:
        n = v & 0xFFFFFFFF
    else:
        n = _to_uint32_number(v if t is float else to_number(v))
    return n - 0x100000000 if n >= 0x80000000 else n


def _is_number(v: Any) -> bool:
    t = type(v)
    return t is float or t is int


def strict_equals(a: Any, b: Any) -> bool:
    """``a === b``."""
    ta, tb = type(a), type(b)
    if ta is tb:
        if ta is float or ta is str or ta is bool or ta is int:
            return a == b
        return a is b
    if _is_number(a) and _is_number(b):
        return a == b
    return False


def same_value_zero(a: Any, b: Any) -> bool:
    """SameValueZero (``includes``): like ``===`` but NaN equals NaN."""
    if _is_number(a) and _is_number(b):
        return a == b or (a != a and b != b)
    return strict_equals(a, b)


def same_value(a: Any, b: Any) -> bool:
    """SameValue (``Object.is``): NaN equals NaN and +0 differs from -0."""
    if _is_number(a) and _is_number(b):
        if a != a and b != b:
            return True
        if a == 0 and b == 0:
            return math.copysign(1.0, a) == math.copysign(1.0, b)
        return a == b
    return strict_equals(a, b)


def is_array_index(key: str) -> bool:
    """True when ``key`` is a canonical array index (``"0"`` .. ``"4294967294"``)."""
    if not key or not key.isdigit() or not key.isascii():
        return False
    if key[0] == "0":
        return len(key) == 1
    return len(key) < 10 or (len(key) == 10 and int(key) <= 4294967294)


def _ordered_keys(d: dict) -> list[str]:
    keys = list(d)
    for k in keys:
        if "0" <= k[:1] <= "9":
            break
    else:  # no key starts with a digit, so none is an array index: insertion order
        return keys
    indices = [k for k in keys if is_array_index(k)]
    if not indices:
        return keys
    indices.sort(key=int)
    rest = [k for k in keys if not is_array_index(k)]
    return indices + rest


def own_keys(obj: Any) -> list[str]:
    """Own enumerable string keys in property order (SPEC §3.14)."""
    if isinstance(obj, dict):
        return _ordered_keys(obj)
    if isinstance(obj, (list, str)):
        return [str(i) for i in range(len(obj))]
    if isinstance(obj, HostObject):
        return list(obj.js_keys())
    return []


def describe_value(v: Any) -> str:
    """How V8 names a value in ``<value> is not a function`` messages (NoSideEffectsToString)."""
    t = type(v)
    if t is str:
        return v
    if v is None or t in (bool, float, int):
        return to_string(v)
    if isinstance(v, list):
        return "[object Array]"
    if isinstance(v, dict):
        return "#<Object>"
    if isinstance(v, HostObject):
        if isinstance(v, HostFunction):
            return _function_source(v)
        if getattr(v, "js_to_string", None) is not None:
            return f"[object {v.js_class}]"
        return f"#<{v.js_class}>"
    if callable(v):
        return _function_source(v)
    return "#<Object>"


def check_callable(v: Any) -> Any:
    """Return ``v`` when it is a function, else raise ``TypeError: <value> is not a function``."""
    if is_callable(v):
        return v
    from .errors import type_error

    type_error(f"{describe_value(v)} is not a function")


def check_predicate(result: Any, method: str) -> bool:
    """The run-time boolean check of predicate callbacks (SPEC §12.5)."""
    if type(result) is bool:
        return result
    from .errors import type_error

    type_error(f"non-boolean value ({typeof(result)}) in '{method}' callback result")


def array_join(arr: Any, sep: str = ",") -> str:
    """``Array.prototype.join`` on a list (undefined as empty, cycles as empty)."""
    return _array_join(arr, set(), sep)
