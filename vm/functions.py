"""JS function metadata: ``name``, ``length`` and source text (SPEC §3.6, §3.14).

A JS function is a plain Python function compiled by the bytecode pass. Its metadata lives in its code
object, so creating a closure costs nothing extra:

* ``co_name`` is the JS name ("" when anonymous);
* ``co_qualname`` is ``js:<length>`` (the marker of generated functions);
* the first constant (the docstring slot) is the function's source text.

Runtime-provided functions are ``HostFunction`` instances (``js_name``) or Python callables (their
``__name__``; an optional ``js_length`` attribute gives ``length``).
"""

from __future__ import annotations

from types import BuiltinFunctionType, FunctionType, MethodType
from typing import Any

from .values import HostFunction, HostObject

MARKER = "js:"
_CALLABLE_TYPES = (FunctionType, BuiltinFunctionType, MethodType)

# ``length`` of the built-ins of SPEC §9 by JS name (ECMAScript's values; among the built-ins a name has the
# same length wherever it occurs, except ``Number.prototype.toString`` (1) and the console methods (0)).
# ``set_lengths`` stores them as ``js_length`` on the functions of a table; names not listed get 0.
_ONE = (
    "at concat fill find findIndex findLast findLastIndex lastIndexOf push unshift sort includes indexOf join "
    "forEach filter flatMap map every some reduce reduceRight toSorted charAt charCodeAt codePointAt endsWith "
    "localeCompare padEnd padStart repeat startsWith toExponential toFixed toPrecision abs acos acosh asin "
    "asinh atan atanh ceil cbrt expm1 clz32 cos cosh exp floor fround log log1p log2 log10 round sign sin sinh "
    "sqrt tan tanh trunc set keys values entries fromEntries from isArray fromCharCode fromCodePoint isFinite "
    "isInteger isNaN isSafeInteger parseFloat encodeURIComponent decodeURIComponent encodeURI decodeURI "
    "tryParse"
)
_TWO = "copyWithin slice splice toSpliced with replace replaceAll split substring atan2 hypot imul max min pow " \
    "parse hasOwn parseInt subarray"
BUILTIN_LENGTHS: dict[str, int] = {**dict.fromkeys(_ONE.split(), 1), **dict.fromkeys(_TWO.split(), 2),
                                   "stringify": 3}


def is_generated(f: Any) -> bool:
    """True for functions compiled from JS source."""
    return type(f) is FunctionType and f.__code__.co_qualname.startswith(MARKER)


def is_function(v: Any) -> bool:
    """``typeof v === "function"``."""
    if type(v) is FunctionType or isinstance(v, HostFunction):
        return True
    if isinstance(v, HostObject):
        return False
    return isinstance(v, _CALLABLE_TYPES)


def function_name(f: Any) -> str:
    """The JS ``name`` of a function."""
    if isinstance(f, HostFunction):
        return f.js_name
    name = getattr(f, "__name__", "")
    if is_generated(f):
        return name
    return name if isinstance(name, str) and not name.startswith("<") else ""


def set_lengths(table: dict[str, Any], overrides: dict[str, int] | None = None) -> None:
    """Give every function of a built-in table (name -> function) its ECMAScript ``length``."""
    for name, fn in table.items():
        if callable(fn) and not isinstance(fn, HostObject):
            length = (overrides or {}).get(name, BUILTIN_LENGTHS.get(name, 0))
            try:
                fn.js_length = length
            except AttributeError:  # pragma: no cover - a C function (never in the tables)
                pass


def function_length(f: Any) -> int:
    """The JS ``length`` of a function (parameters before the first default or rest parameter)."""
    if is_generated(f):
        return int(f.__code__.co_qualname[len(MARKER):])
    length = getattr(f, "js_length", None)
    if isinstance(length, (int, float)) and not isinstance(length, bool):
        return int(length)
    code = getattr(f, "__code__", None)
    if code is None:
        return 0
    defaults = getattr(f, "__defaults__", None) or ()
    return max(code.co_argcount - len(defaults), 0)


def function_source(f: Any) -> str | None:
    """The source text of a compiled JS function (``String(f)``), or None for runtime functions."""
    if is_generated(f):
        return f.__doc__ or ""
    return None
