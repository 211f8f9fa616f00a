"""Number formatting and parsing exactly as V8 does it (SPEC §3.14, §9.6, §9.9).

``number_to_string`` is Number::toString (shortest round-trip digits from ``repr``, re-laid out with JS's
exponent rules; other radixes with V8's DoubleToRadixCString). ``to_fixed``/``to_precision`` use exact
decimal arithmetic on the double's true value. ``parse_int``/``parse_float`` are the global functions.
"""

from __future__ import annotations

import math
import re
import struct
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, localcontext

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def shortest_digits(x: float) -> tuple[str, int]:
    """For finite ``x > 0``: the shortest round-trip digits ``s`` and ``n`` with ``x = 0.s × 10^n``."""
    r = repr(x)
    mant, _, exp = r.partition("e")
    e = int(exp) if exp else 0
    whole, _, frac = mant.partition(".")
    digits = whole + frac
    e += len(whole)
    stripped = digits.lstrip("0")
    e -= len(digits) - len(stripped)
    stripped = stripped.rstrip("0")
    return stripped, e


def _radix10(x: float) -> str:
    if x != x:
        return "NaN"
    if x == 0:
        return "0"
    if x < 0:
        return "-" + _radix10(-x)
    if x == math.inf:
        return "Infinity"
    if x < 9007199254740992.0 and x.is_integer():
        return str(int(x))  # safe integers: the shortest digits are the integer itself
    s, n = shortest_digits(x)
    k = len(s)
    if k <= n <= 21:
        return s + "0" * (n - k)
    if 0 < n <= 21:
        return s[:n] + "." + s[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + s
    e = n - 1
    sign = "+" if e >= 0 else "-"
    if k == 1:
        return f"{s}e{sign}{abs(e)}"
    return f"{s[0]}.{s[1:]}e{sign}{abs(e)}"


def _bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def _exponent(x: float) -> int:
    """V8's Double::Exponent(): ``x = significand × 2^exponent`` with a 53-bit integer significand."""
    biased = (_bits(x) >> 52) & 0x7FF
    if biased == 0:
        return -1074
    return biased - 1075


def _radix_string(value: float, radix: int) -> str:
    """V8's DoubleToRadixCString for finite, non-zero values."""
    negative = value < 0
    if negative:
        value = -value
    integer = math.floor(value)
    fraction = value - integer
    delta = 0.5 * (math.nextafter(value, math.inf) - value)
    delta = max(math.nextafter(0.0, 1.0), delta)
    frac_digits: list[int] = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac_digits.append(digit)
            fraction -= digit
            if fraction > 0.5 or (fraction == 0.5 and (digit & 1)):
                if fraction + delta > 1:
                    # round up, propagating the carry through the digits already written
                    while True:
                        if not frac_digits:
                            integer += 1
                            break
                        last = frac_digits.pop()
                        if last + 1 < radix:
                            frac_digits.append(last + 1)
                            break
                    break
            if not fraction >= delta:
                break
    integer = float(integer)
    int_digits: list[str] = []
    while _exponent(integer / radix) > 0:
        integer /= radix
        int_digits.append("0")
    while True:
        remainder = math.fmod(integer, radix)
        int_digits.append(_DIGITS[int(remainder)])
        integer = (integer - remainder) / radix
        if not integer > 0:
            break
    out = "".join(reversed(int_digits))
    if frac_digits:
        out += "." + "".join(_DIGITS[d] for d in frac_digits)
    return "-" + out if negative else out


def number_to_string(x: float, radix: int = 10) -> str:
    """Number::toString(x, radix) exactly as V8 formats it."""
    if radix == 10:
        return _radix10(x)
    if x != x:
        return "NaN"
    if x == 0:
        return "0"
    if x in (math.inf, -math.inf):
        return "Infinity" if x > 0 else "-Infinity"
    return _radix_string(float(x), radix)


# ----------------------------------------------------------------------------------------------------
# toFixed / toPrecision / toExponential
# ----------------------------------------------------------------------------------------------------


def to_fixed(x: float, digits: int) -> str:
    """Number.prototype.toFixed for finite ``x`` and ``0 <= digits <= 100`` (exact, ties away from 0)."""
    if x != x:
        return "NaN"
    if abs(x) >= 1e21 or x in (math.inf, -math.inf):
        return _radix10(x)
    d = Decimal(x)
    with localcontext() as ctx:
        ctx.prec = 400
        q = d.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = f"{q.copy_abs():f}"
    if digits and "." not in text:
        text += "." + "0" * digits
    negative = x < 0 and q != 0
    if x < 0 and q == 0:
        # V8 keeps the sign for values that round to zero: (-0.0001).toFixed(2) === "-0.00"
        negative = True
    if x == 0:
        negative = False
    return ("-" if negative else "") + text


def _exact_digits(x: float, p: int) -> tuple[str, int]:
    """``p`` significant digits of ``|x|`` rounded half up on the exact value; returns (digits, e)
    with ``|x| ≈ d.ddd × 10^e``."""
    d = Decimal(abs(x))
    e = d.adjusted()
    with localcontext() as ctx:
        ctx.prec = 400
        q = d.scaleb(-e).quantize(Decimal(1).scaleb(-(p - 1)), rounding=ROUND_HALF_UP)
    if q >= 10:
        e += 1
        with localcontext() as ctx:
            ctx.prec = 400
            q = d.scaleb(-e).quantize(Decimal(1).scaleb(-(p - 1)), rounding=ROUND_HALF_UP)
    digits = f"{q:f}".replace(".", "")
    return digits[:p].ljust(p, "0"), e


def to_precision(x: float, p: int) -> str:
    """Number.prototype.toPrecision for ``1 <= p <= 100``."""
    if x != x or x in (math.inf, -math.inf):
        return _radix10(x)
    sign = "-" if x < 0 else ""
    if x == 0:
        digits, e = "0" * p, 0
        sign = ""
    else:
        digits, e = _exact_digits(x, p)
    if e < -6 or e >= p:
        mant = digits[0] + ("." + digits[1:] if p > 1 else "")
        return f"{sign}{mant}e{'+' if e >= 0 else '-'}{abs(e)}"
    if e >= 0:
        whole, frac = digits[: e + 1], digits[e + 1 :]
        return sign + whole + ("." + frac if frac else "")
    return sign + "0." + "0" * (-e - 1) + digits


def to_exponential(x: float, f: int | None) -> str:
    """Number.prototype.toExponential (``f`` None means as many digits as needed)."""
    if x != x or x in (math.inf, -math.inf):
        return _radix10(x)
    sign = "-" if x < 0 else ""
    if x == 0:
        digits, e = "0" * ((f or 0) + 1), 0
        sign = ""
    elif f is None:
        s, n = shortest_digits(abs(x))
        digits, e = s, n - 1
    else:
        digits, e = _exact_digits(x, f + 1)
    mant = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return f"{sign}{mant}e{'+' if e >= 0 else '-'}{abs(e)}"


# ----------------------------------------------------------------------------------------------------
# parseInt / parseFloat
# ----------------------------------------------------------------------------------------------------

_WS = (
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_FLOAT_PREFIX = re.compile(r"[+-]?(?:Infinity|\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)", re.ASCII)


def parse_float(s: str) -> float:
    """The global ``parseFloat`` applied to an already-converted string."""
    s = s.lstrip(_WS)
    m = _FLOAT_PREFIX.match(s)
    if m is None:
        return math.nan
    text = m.group()
    if text.endswith("Infinity"):
        return -math.inf if text[0] == "-" else math.inf
    # an exponent marker without digits is not part of the literal (matched only with digits above)
    return float(text)


_DIGIT_RUNS: dict[int, Callable[[str], re.Match[str] | None]] = {}  # radix -> match function of the longest run of its (ASCII) digits


def parse_int(s: str, radix: int) -> float:
    """The global ``parseInt`` on a string and a ToInt32'd radix."""
    s = s.lstrip(_WS)
    sign = 1.0
    if s[:1] in ("+", "-"):
        if s[0] == "-":
            sign = -1.0
        s = s[1:]
    strip_prefix = True
    if radix != 0:
        if radix < 2 or radix > 36:
            return math.nan
        if radix != 16:
            strip_prefix = False
    else:
        radix = 10
    if strip_prefix and s[:2] in ("0x", "0X"):
        s = s[2:]
        radix = 16
    run = _DIGIT_RUNS.get(radix)
    if run is None:
        chars = _DIGITS[:radix]
        run = _DIGIT_RUNS[radix] = re.compile("[" + chars + chars.upper() + "]*").match
    digits = run(s).group()
    if not digits:
        return math.nan
    if radix == 10:
        return sign * float(digits)
    if radix & (radix - 1) == 0:
        return sign * _int_to_float(int(digits, radix))
    return sign * _generic_radix(digits, radix)


def _int_to_float(value: int) -> float:
    """Correctly rounded (ties to even), as V8 does for power-of-two radixes."""
    try:
        return float(value)
    except OverflowError:
        return math.inf


def _generic_radix(digits: str, radix: int) -> float:
    """V8's NumberParseIntHelper generic case: 32-bit parts accumulated in a double."""
    max_multiplier = 0xFFFFFFFF // 36
    result = 0.0
    i, n = 0, len(digits)
    while i < n:
        part, multiplier = 0, 1
        while i < n:
            m = multiplier * radix
            if m > max_multiplier:
                break
            part = part * radix + _DIGITS.index(digits[i].lower())
            multiplier = m
            i += 1
        result = result * float(multiplier) + part
    return result
