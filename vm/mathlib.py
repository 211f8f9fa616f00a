"""``Math`` (SPEC §9.2) with ECMAScript semantics: ToNumber on arguments, NaN propagation, signed zeros,
and no Python exceptions (domain errors give NaN, overflow gives ±Infinity)."""

from __future__ import annotations

import math
import random
import struct
from collections.abc import Callable
from typing import Any

from . import ieee754 as fd
from .conversions import to_int32, to_number, to_uint32

INF = math.inf
NAN = math.nan
_BIG = 4503599627370496.0  # 2**52: every float beyond is an integer

CONSTANTS: dict[str, float] = {
    "E": math.e,
    "LN10": math.log(10),
    "LN2": math.log(2),
    "LOG10E": 0.4342944819032518,
    "LOG2E": 1.4426950408889634,
    "PI": math.pi,
    "SQRT1_2": math.sqrt(0.5),
    "SQRT2": math.sqrt(2),
}


def _num(v: Any) -> float:
    return v if type(v) is float else to_number(v)


def _unary(fn: Callable[[float], float], name: str) -> Callable[..., float]:
    """Wrap a float function: ToNumber, NaN in -> NaN out, ValueError -> NaN, OverflowError -> ±Inf."""

    def call(x: Any = None, *_: Any) -> float:
        n = _num(x)
        if n != n:
            return NAN
        try:
            return float(fn(n))
        except ValueError:
            return NAN
        except OverflowError:
            return INF

    call.__name__ = name
    return call


def _finite_or_self(fn: Callable[[float], float]) -> Callable[[float], float]:
    def run(x: float) -> float:
        if x in (INF, -INF) or x == 0:
            return x
        return fn(x)

    return run


def _ceil(x: float) -> float:
    r = float(math.ceil(x))
    return -0.0 if r == 0 and x < 0 else r


def _floor(x: float) -> float:
    return float(math.floor(x))


def _trunc(x: float) -> float:
    r = float(math.trunc(x))
    return -0.0 if r == 0 and x < 0 else r


def _round(x: float) -> float:
    if -0.5 <= x < 0:
        return -0.0
    r = math.floor(x)
    if x - r >= 0.5:
        r += 1
    return float(r)


def _sign(x: float) -> float:
    if x > 0:
        return 1.0
    if x < 0:
        return -1.0
    return x


def fround(x: Any = None, *_: Any) -> float:
    """``Math.fround``: nearest float32 (ties to even), overflow to ±Infinity."""
    n = _num(x)
    try:
        return struct.unpack("f", struct.pack("f", n))[0]
    except OverflowError:
        return INF if n > 0 else -INF


def clz32(x: Any = None, *_: Any) -> float:
    """``Math.clz32``."""
    n = to_uint32(x)
    return float(32 - n.bit_length())


def imul(a: Any = None, b: Any = None, *_: Any) -> float:
    """``Math.imul``."""
    r = (to_int32(a) * to_int32(b)) & 0xFFFFFFFF
    return float(r - 0x100000000 if r >= 0x80000000 else r)


def atan2(y: Any = None, x: Any = None, *_: Any) -> float:
    """``Math.atan2``."""
    return fd.atan2(_num(y), _num(x))


def hypot(*args: Any) -> float:
    """``Math.hypot`` exactly as V8 computes it (normalised Kahan sum)."""
    if not args:
        return 0.0
    values = []
    one_nan = False
    biggest = 0.0
    for a in args:
        n = _num(a)
        if n != n:
            one_nan = True
            values.append(0.0)
        else:
            m = abs(n)
            values.append(m)
            if m > biggest:
                biggest = m
    if biggest == INF:
        return INF
    if one_nan:
        return NAN
    if biggest == 0:
        return 0.0
    total = 0.0
    compensation = 0.0
    for m in values:
        n = m / biggest
        summand = n * n - compensation
        preliminary = total + summand
        compensation = (preliminary - total) - summand
        total = preliminary
    return math.sqrt(total) * biggest


def js_pow(base: Any = None, exponent: Any = None, *_: Any) -> float:
    """``Math.pow`` (and the ``**`` operator): V8's fdlibm pow, bit-identical to Node 20. An integer base
    (other than 0) to a small non-negative integer power whose result is exact in a double takes Python's
    integer arithmetic: fdlibm returns exact results exactly."""
    x = base if type(base) is float else _num(base)
    y = exponent if type(exponent) is float else _num(exponent)
    if 0.0 <= y <= 64.0 and y.is_integer() and x.is_integer() and x != 0 and -_BIG < x < _BIG:
        r = int(x) ** int(y)
        if -9007199254740992 <= r <= 9007199254740992:
            return float(r)
    if x == 0:  # +0 and -0 are equal dict keys but give different results
        return fd.pow(x, y)
    key = (x, y)
    found = _POW_MEMO.get(key)
    if found is None:
        if len(_POW_MEMO) >= 4096:
            _POW_MEMO.clear()
        found = _POW_MEMO[key] = fd.pow(x, y)
    return found


# fdlibm's pow in Python costs microseconds; programs tend to raise the same few bases to the same few
# powers (10 ** digits, 1.0001 ** k), so results are remembered (pow is a pure function; a zero base, the
# only case where equal keys could mean different doubles, is not remembered)
_POW_MEMO: dict[tuple[float, float], float] = {}


def js_max(*args: Any) -> float:
    """``Math.max``: NaN wins, +0 beats -0, no arguments give -Infinity."""
    if len(args) == 2:
        a, b = args
        if type(a) is float and type(b) is float and a != b and a == a and b == b:
            return a if a > b else b
    result = -INF
    nan = False
    for a in args:
        n = _num(a)
        if n != n:
            nan = True
        elif n > result or (n == 0 and result == 0 and math.copysign(1.0, result) < 0):
            result = n
    return NAN if nan else result


def js_min(*args: Any) -> float:
    """``Math.min``: NaN wins, -0 beats +0, no arguments give Infinity."""
    if len(args) == 2:
        a, b = args
        if type(a) is float and type(b) is float and a != b and a == a and b == b:
            return a if a < b else b
    result = INF
    nan = False
    for a in args:
        n = _num(a)
        if n != n:
            nan = True
        elif n < result or (n == 0 and result == 0 and math.copysign(1.0, n) < 0):
            result = n
    return NAN if nan else result


def js_random(*_: Any) -> float:
    """``Math.random``: uniform in [0, 1)."""
    return random.random()


# The common functions take a direct path for a finite float argument (|x| < 2^52, where a float may have
# a fraction); everything else (other types, NaN, infinities, signed zeros at the edges) goes through the
# general wrapper above.


def floor(x: Any = None, *_: Any) -> float:
    """``Math.floor``."""
    if type(x) is float and -_BIG < x < _BIG and x != 0:
        return float(math.floor(x))
    return _FLOOR(x)


def ceil(x: Any = None, *_: Any) -> float:
    """``Math.ceil`` (``Math.ceil(-0.5)`` is -0)."""
    if type(x) is float and -_BIG < x < _BIG and x != 0:
        r = float(math.ceil(x))
        return r if r != 0 else -0.0 if x < 0 else 0.0
    return _CEIL(x)


def trunc(x: Any = None, *_: Any) -> float:
    """``Math.trunc`` (``Math.trunc(-0.5)`` is -0)."""
    if type(x) is float and -_BIG < x < _BIG and x != 0:
        r = float(int(x))
        return r if r != 0 else -0.0 if x < 0 else 0.0
    return _TRUNC(x)


def round_(x: Any = None, *_: Any) -> float:
    """``Math.round``: halves towards +Infinity, -0 for [-0.5, 0)."""
    if type(x) is float and -_BIG < x < _BIG and x != 0:
        r = math.floor(x)
        if x - r >= 0.5:
            r += 1
        return float(r) if r != 0 else -0.0 if x < 0 else 0.0
    return _ROUND(x)


def abs_(x: Any = None, *_: Any) -> float:
    """``Math.abs``."""
    if type(x) is float:
        return abs(x)
    return _ABS(x)


def sqrt(x: Any = None, *_: Any) -> float:
    """``Math.sqrt`` (IEEE square root: correctly rounded, so C's result is V8's)."""
    if type(x) is float and x > 0 and x != INF:
        return math.sqrt(x)
    return _SQRT(x)


_FLOOR = _unary(_finite_or_self(_floor), "floor")
_CEIL = _unary(_finite_or_self(_ceil), "ceil")
_TRUNC = _unary(_finite_or_self(_trunc), "trunc")
_ROUND = _unary(_finite_or_self(_round), "round")
_ABS = _unary(abs, "abs")
_SQRT = _unary(lambda x: math.sqrt(x) if x != INF else INF, "sqrt")


FUNCTIONS: dict[str, Callable[..., float]] = {
    "abs": abs_,
    "acos": _unary(fd.acos, "acos"),
    "acosh": _unary(fd.acosh, "acosh"),
    "asin": _unary(fd.asin, "asin"),
    "asinh": _unary(fd.asinh, "asinh"),
    "atan": _unary(fd.atan, "atan"),
    "atan2": atan2,
    "atanh": _unary(fd.atanh, "atanh"),
    "cbrt": _unary(fd.cbrt, "cbrt"),
    "ceil": ceil,
    "clz32": clz32,
    "cos": _unary(fd.cos, "cos"),
    "cosh": _unary(fd.cosh, "cosh"),
    "exp": _unary(fd.exp, "exp"),
    "expm1": _unary(fd.expm1, "expm1"),
    "floor": floor,
    "fround": fround,
    "hypot": hypot,
    "imul": imul,
    "log": _unary(fd.log, "log"),
    "log10": _unary(fd.log10, "log10"),
    "log1p": _unary(fd.log1p, "log1p"),
    "log2": _unary(fd.log2, "log2"),
    "max": js_max,
    "min": js_min,
    "pow": js_pow,
    "random": js_random,
    "round": round_,
    "sign": _unary(_sign, "sign"),
    "sin": _unary(fd.sin, "sin"),
    "sinh": _unary(fd.sinh, "sinh"),
    "sqrt": sqrt,
    "tan": _unary(fd.tan, "tan"),
    "tanh": _unary(fd.tanh, "tanh"),
    "trunc": trunc,
}
for _name, _fn in FUNCTIONS.items():
    _fn.__name__ = _name
