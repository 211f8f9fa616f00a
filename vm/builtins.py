"""The inventory of JS globals and primitive method tables (SPEC §9).

* ``GLOBALS``: JS global name -> value. Namespace objects (``Math``, ``JSON``, ``console``, ...) are
  read-only ``NamespaceObject`` host objects; callables with statics (``String``, ``Number``, ``Array``,
  ``Object``, typed-array factories, ``Date``) are ``BuiltinFunction`` host functions. Other runtime
  modules add their globals with ``register_globals`` (vm/http_values.py's ``GLOBALS`` is merged here).
* ``STRING_METHODS``, ``ARRAY_METHODS``, ``NUMBER_METHODS``, ``BOOLEAN_METHODS``: name -> ``fn(this, *args)``.
* console output goes through ``console_write``; ``set_console_streams`` redirects it and
  ``capture_console`` collects it (tests, the server).
"""

from __future__ import annotations

import contextlib
import io
import math
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import IO, Any

from . import jsjson, mathlib, objects, strings, uri
from .arrays import ARRAY_METHODS
from .conversions import (
    number_to_string,
    to_boolean,
    to_int32,
    to_integer_or_infinity,
    to_number,
    to_string,
)
from .errors import range_error, type_error
from .functions import set_lengths
from .inspect import format_args
from .numfmt import parse_float, parse_int, to_exponential, to_fixed, to_precision
from .ranges import make_range
from .strings import STRING_METHODS
from .typedarrays import FACTORIES
from .utf16 import to_utf8
from .values import HostFunction, HostObject, JSArray, JSObject

__all__ = [
    "GLOBALS",
    "STRING_METHODS",
    "ARRAY_METHODS",
    "NUMBER_METHODS",
    "BOOLEAN_METHODS",
    "NamespaceObject",
    "BuiltinFunction",
    "register_globals",
    "console_write",
    "set_console_streams",
    "capture_console",
]


def _named(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    """``fn`` under its JS name (``[Function: name]`` in console output)."""
    try:
        fn.__name__ = name
        fn.__qualname__ = name
    except (AttributeError, TypeError):  # pragma: no cover - builtins cannot be renamed

        def call(*args: Any) -> Any:
            return fn(*args)

        call.__name__ = name
        return call
    return fn


class NamespaceObject(HostObject):
    """A read-only namespace object such as ``Math`` or ``JSON`` (its members are not enumerable)."""

    __slots__ = ("name", "members")

    def __init__(self, name: str, members: dict[str, Any]) -> None:
        self.name = name
        self.members = members

    def js_get(self, key: str) -> Any:
        return self.members.get(key)

    def js_set(self, key: str, value: Any) -> None:
        type_error(f"Cannot assign to read only property '{key}' of object '{self.name}'")

    def js_keys(self) -> list[str]:
        return []

    def js_inspect_text(self) -> str:
        return f"Object [{self.name}] {{}}"


class BuiltinFunction(HostFunction):
    """A global function with static members (``String.fromCharCode``, ``Number.isInteger``, ...)."""

    __slots__ = ("name", "fn", "statics", "arity")

    def __init__(self, name: str, fn: Callable[..., Any], statics: dict[str, Any] | None = None,
                 arity: int = 1) -> None:
        self.name = name
        self.fn = fn
        self.statics = statics or {}
        self.arity = arity

    @property
    def js_name(self) -> str:  # type: ignore[override]
        return self.name

    def __call__(self, *args: Any) -> Any:
        return self.fn(*args)

    def js_get(self, key: str) -> Any:
        if key in self.statics:
            return self.statics[key]
        if key == "name":
            return self.name
        if key == "length":
            return float(self.arity)
        return None

    def js_set(self, key: str, value: Any) -> None:
        type_error(f"Cannot assign to read only property '{key}' of function '{self.name}'")

    def js_keys(self) -> list[str]:
        return []


# ----------------------------------------------------------------------------------------------------
# console
# ----------------------------------------------------------------------------------------------------

_streams: dict[str, IO[bytes] | None] = {"out": None, "err": None}
_console_lock = threading.Lock()


def set_console_streams(out: IO[bytes] | None = None, err: IO[bytes] | None = None) -> None:
    """Send console output to binary streams (None restores ``sys.stdout.buffer``/``sys.stderr.buffer``)."""
    _streams["out"] = out
    _streams["err"] = err


def console_write(stream: str, text: str) -> None:
    """Write one console line (``stream`` is "out" or "err"): UTF-8, newline, flushed."""
    target = _streams[stream]
    if target is None:
        std = sys.stdout if stream == "out" else sys.stderr
        target = getattr(std, "buffer", None)
        if target is None:  # a text stream without a buffer (some test runners)
            with _console_lock:
                std.write(to_utf8(text + "\n").decode("utf-8"))
                std.flush()
            return
    data = to_utf8(text + "\n")
    with _console_lock:
        target.write(data)
        target.flush()


class CapturedConsole:
    """What ``capture_console`` collected."""

    def __init__(self) -> None:
        self.out_buffer = io.BytesIO()
        self.err_buffer = io.BytesIO()

    @property
    def stdout(self) -> str:
        return self.out_buffer.getvalue().decode("utf-8")

    @property
    def stderr(self) -> str:
        return self.err_buffer.getvalue().decode("utf-8")


@contextlib.contextmanager
def capture_console() -> Iterator[CapturedConsole]:
    """Collect console output in memory for the duration of the ``with`` block."""
    saved = dict(_streams)
    captured = CapturedConsole()
    set_console_streams(captured.out_buffer, captured.err_buffer)
    try:
        yield captured
    finally:
        _streams.update(saved)


def _console_method(name: str, stream: str) -> Callable[..., None]:
    def log(*args: Any) -> None:
        console_write(stream, format_args(args))

    log.__name__ = name
    log.__qualname__ = name
    log.js_length = 0  # type: ignore[attr-defined]  # (Math.log has length 1)
    return log


CONSOLE = NamespaceObject("console", {
    "log": _console_method("log", "out"),
    "info": _console_method("info", "out"),
    "debug": _console_method("debug", "out"),
    "warn": _console_method("warn", "err"),
    "error": _console_method("error", "err"),
})

# ----------------------------------------------------------------------------------------------------
# Number / Boolean
# ----------------------------------------------------------------------------------------------------


def n_to_string(x: float, radix: Any = None, *_: Any) -> str:
    """``Number.prototype.toString(radix)``."""
    if radix is None:
        return number_to_string(x)
    r = to_integer_or_infinity(radix)
    if r < 2 or r > 36:
        range_error("toString() radix must be between 2 and 36")
    return number_to_string(float(x), int(r))


def n_to_fixed(x: float, digits: Any = None, *_: Any) -> str:
    """``Number.prototype.toFixed(digits)``."""
    d = to_integer_or_infinity(digits)
    if d < 0 or d > 100:
        range_error("toFixed() digits argument must be between 0 and 100")
    if x != x or x in (math.inf, -math.inf):
        return number_to_string(x)
    return to_fixed(float(x), int(d))


def n_to_precision(x: float, precision: Any = None, *_: Any) -> str:
    """``Number.prototype.toPrecision(p)``."""
    if precision is None:
        return number_to_string(x)
    p = to_integer_or_infinity(precision)
    if x != x or x in (math.inf, -math.inf):
        return number_to_string(x)
    if p < 1 or p > 100:
        range_error("toPrecision() argument must be between 1 and 100")
    return to_precision(float(x), int(p))


def n_to_exponential(x: float, digits: Any = None, *_: Any) -> str:
    """``Number.prototype.toExponential(digits)``."""
    f = to_integer_or_infinity(digits)
    if x != x or x in (math.inf, -math.inf):
        return number_to_string(x)
    if f < 0 or f > 100:
        range_error("toExponential() argument must be between 0 and 100")
    return to_exponential(float(x), None if digits is None else int(f))


def n_value_of(x: float, *_: Any) -> float:
    return float(x)


NUMBER_METHODS: dict[str, Callable[..., Any]] = {
    "toString": n_to_string,
    "toFixed": n_to_fixed,
    "toPrecision": n_to_precision,
    "toExponential": n_to_exponential,
    "toLocaleString": lambda x, *_: number_to_string(x),
    "valueOf": n_value_of,
}


def b_to_string(b: bool, *_: Any) -> str:
    return "true" if b else "false"


BOOLEAN_METHODS: dict[str, Callable[..., Any]] = {
    "toString": b_to_string,
    "valueOf": lambda b, *_: b,
}
for _table in (NUMBER_METHODS, BOOLEAN_METHODS):
    for _key, _fn in _table.items():
        _named(_fn, _key)

# ----------------------------------------------------------------------------------------------------
# Global functions
# ----------------------------------------------------------------------------------------------------


def g_parse_int(s: Any = None, radix: Any = None, *_: Any) -> float:
    """``parseInt(s, radix?)``."""
    if type(s) is str:
        if radix is None:
            return parse_int(s, 0)
        if type(radix) is float and radix.is_integer() and 0 <= radix <= 36:
            return parse_int(s, int(radix))
    return parse_int(to_string(s), to_int32(radix))


def g_parse_float(s: Any = None, *_: Any) -> float:
    """``parseFloat(s)``."""
    return parse_float(s if type(s) is str else to_string(s))


def g_is_nan(v: Any = None, *_: Any) -> bool:
    """``isNaN(v)``."""
    n = to_number(v)
    return n != n


def g_is_finite(v: Any = None, *_: Any) -> bool:
    """``isFinite(v)``."""
    n = to_number(v)
    return n == n and n not in (math.inf, -math.inf)


def _is_num(v: Any) -> bool:
    return type(v) is float or type(v) is int


def num_is_finite(v: Any = None, *_: Any) -> bool:
    return _is_num(v) and v == v and v not in (math.inf, -math.inf)


def num_is_integer(v: Any = None, *_: Any) -> bool:
    return num_is_finite(v) and float(v).is_integer()


def num_is_nan(v: Any = None, *_: Any) -> bool:
    return _is_num(v) and v != v


def num_is_safe_integer(v: Any = None, *_: Any) -> bool:
    return num_is_integer(v) and abs(v) <= 2**53 - 1


_PARSE_INT = _named(g_parse_int, "parseInt")
_PARSE_FLOAT = _named(g_parse_float, "parseFloat")


def _string_fn(*args: Any) -> str:
    return to_string(args[0]) if args else ""


def _number_fn(*args: Any) -> float:
    return to_number(args[0]) if args else 0.0


def _boolean_fn(v: Any = None, *_: Any) -> bool:
    return to_boolean(v)


def _array_fn(*args: Any) -> JSArray:
    if len(args) == 1 and (type(args[0]) is float or type(args[0]) is int):
        n = args[0]
        if n != n or n < 0 or not float(n).is_integer() or n > 2**32 - 1:
            range_error("Invalid array length")
        return JSArray([None] * int(n))
    return JSArray(args)


def _object_fn(v: Any = None, *_: Any) -> Any:
    if v is None:
        return JSObject()
    return v


def _date_fn(*_: Any) -> Any:
    type_error("Date() is not supported; use Date.now()")


def date_now(*_: Any) -> float:
    """``Date.now()``: integer milliseconds since the Unix epoch."""
    return float(time.time_ns() // 1_000_000)


_START = time.perf_counter()


def performance_now(*_: Any) -> float:
    """``performance.now()``: fractional milliseconds since the worker started."""
    return (time.perf_counter() - _START) * 1000.0


def _fns(table: dict[str, Callable[..., Any]]) -> dict[str, Any]:
    return {name: _named(fn, name) for name, fn in table.items()}


MATH = NamespaceObject("Math", {**mathlib.CONSTANTS, **mathlib.FUNCTIONS})
JSON_NS = NamespaceObject("JSON", _fns({
    "parse": jsjson.json_parse,
    "stringify": jsjson.json_stringify,
    "tryParse": jsjson.json_try_parse,
}))

STRING = BuiltinFunction("String", _string_fn, _fns({
    "fromCharCode": strings.from_char_code,
    "fromCodePoint": strings.from_code_point,
}))
NUMBER = BuiltinFunction("Number", _number_fn, {
    "EPSILON": 2.0**-52,
    "MAX_SAFE_INTEGER": float(2**53 - 1),
    "MIN_SAFE_INTEGER": float(-(2**53 - 1)),
    "MAX_VALUE": 1.7976931348623157e308,
    "MIN_VALUE": 5e-324,
    "NaN": math.nan,
    "POSITIVE_INFINITY": math.inf,
    "NEGATIVE_INFINITY": -math.inf,
    **_fns({
        "isFinite": num_is_finite,
        "isInteger": num_is_integer,
        "isNaN": num_is_nan,
        "isSafeInteger": num_is_safe_integer,
    }),
    "parseFloat": _PARSE_FLOAT,
    "parseInt": _PARSE_INT,
})
BOOLEAN = BuiltinFunction("Boolean", _boolean_fn)
ARRAY = BuiltinFunction("Array", _array_fn, _fns({
    "isArray": objects.array_is_array,
    "from": objects.array_from,
    "of": objects.array_of,
}))
OBJECT = BuiltinFunction("Object", _object_fn, _fns({
    "keys": objects.object_keys,
    "values": objects.object_values,
    "entries": objects.object_entries,
    "fromEntries": objects.object_from_entries,
    "hasOwn": objects.object_has_own,
}))
DATE = BuiltinFunction("Date", _date_fn, _fns({"now": date_now}), arity=7)
PERFORMANCE = NamespaceObject("performance", _fns({"now": performance_now}))
RANGE = BuiltinFunction("range", make_range, arity=3)

GLOBALS: dict[str, Any] = {
    "undefined": None,
    "NaN": math.nan,
    "Infinity": math.inf,
    "Math": MATH,
    "JSON": JSON_NS,
    "Object": OBJECT,
    "Array": ARRAY,
    "String": STRING,
    "Number": NUMBER,
    "Boolean": BOOLEAN,
    "parseInt": _PARSE_INT,
    "parseFloat": _PARSE_FLOAT,
    "isNaN": _named(g_is_nan, "isNaN"),
    "isFinite": _named(g_is_finite, "isFinite"),
    "encodeURIComponent": _named(uri.encode_uri_component, "encodeURIComponent"),
    "encodeURI": _named(uri.encode_uri, "encodeURI"),
    "decodeURIComponent": _named(uri.decode_uri_component, "decodeURIComponent"),
    "decodeURI": _named(uri.decode_uri, "decodeURI"),
    "Date": DATE,
    "performance": PERFORMANCE,
    "console": CONSOLE,
    "range": RANGE,
    **FACTORIES,
}

set_lengths(mathlib.FUNCTIONS)
for _table in (JSON_NS.members, STRING.statics, NUMBER.statics, ARRAY.statics, OBJECT.statics, DATE.statics,
               PERFORMANCE.members, GLOBALS, STRING_METHODS, ARRAY_METHODS, BOOLEAN_METHODS):
    set_lengths(_table)
set_lengths(NUMBER_METHODS, {"toString": 1})

GLOBAL_THIS = NamespaceObject("globalThis", GLOBALS)
GLOBALS["globalThis"] = GLOBAL_THIS


def register_globals(extra: dict[str, Any]) -> None:
    """Add globals provided by other runtime modules (HTTP values, JSX, outbound HTTP)."""
    GLOBALS.update(extra)


def _merge_optional_globals() -> None:
    for module in ("http_values", "jsx", "outbound"):
        try:
            mod = __import__(f"{__package__}.{module}", fromlist=["GLOBALS"])
        except ImportError:
            continue
        extra = getattr(mod, "GLOBALS", None)
        if isinstance(extra, dict):
            for name, value in extra.items():
                GLOBALS.setdefault(name, value)


_merge_optional_globals()
