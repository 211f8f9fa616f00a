"""``String.prototype`` and the ``String`` statics (SPEC §9.5, §9.3) on UTF-16-form strings.

Every method takes the receiver first, then the JS arguments (missing ones are ``None``, extras ignored).
Positions are UTF-16 indices, which in UTF-16 form are plain Python indices.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from typing import Any

from .conversions import (
    JS_WHITESPACE,
    is_callable,
    number_to_string,
    to_integer_or_infinity,
    to_number,
    to_string,
    to_uint32,
)
from .errors import range_error
from .utf16 import to_js
from .values import JSArray

MAX_STRING_LENGTH = 2**29 - 24  # V8's String::kMaxLength on 64-bit


def _check_length(n: int) -> None:
    if n > MAX_STRING_LENGTH:
        range_error("Invalid string length")


def _code_points(s: str) -> str:
    """UTF-16 form -> Python text with pairs joined (lone surrogates kept as they are)."""
    if s.isascii():
        return s
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _clamp(v: Any, length: int, default: int) -> int:
    """A position argument clamped to ``0..length`` (``substring``/``startsWith`` style)."""
    if v is None:
        return default
    n = to_integer_or_infinity(v)
    return int(min(max(n, 0), length))


def _relative(v: Any, length: int, default: int) -> int:
    """A relative position (``slice`` style): negative counts from the end."""
    if v is None:
        return default
    n = to_integer_or_infinity(v)
    if n < 0:
        return int(max(length + n, 0))
    return int(min(n, length))


def s_at(s: str, index: Any = None, *_: Any) -> str | None:
    n = to_integer_or_infinity(index)
    if n < 0:
        n += len(s)
    if n < 0 or n >= len(s):
        return None
    return s[int(n)]


def s_char_at(s: str, index: Any = None, *_: Any) -> str:
    n = to_integer_or_infinity(index)
    if n < 0 or n >= len(s):
        return ""
    return s[int(n)]


def s_char_code_at(s: str, index: Any = None, *_: Any) -> float:
    n = to_integer_or_infinity(index)
    if n < 0 or n >= len(s):
        return math.nan
    return float(ord(s[int(n)]))


def s_code_point_at(s: str, index: Any = None, *_: Any) -> float | None:
    n = to_integer_or_infinity(index)
    if n < 0 or n >= len(s):
        return None
    i = int(n)
    c = ord(s[i])
    if 0xD800 <= c <= 0xDBFF and i + 1 < len(s):
        d = ord(s[i + 1])
        if 0xDC00 <= d <= 0xDFFF:
            return float(0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00))
    return float(c)


def s_concat(s: str, *args: Any) -> str:
    out = s + "".join(to_string(a) for a in args)
    _check_length(len(out))
    return out


def s_ends_with(s: str, search: Any = None, end: Any = None, *_: Any) -> bool:
    sub = to_string(search)
    e = _clamp(end, len(s), len(s))
    start = e - len(sub)
    return start >= 0 and s[start:e] == sub


def s_includes(s: str, search: Any = None, position: Any = None, *_: Any) -> bool:
    return s.find(to_string(search), _clamp(position, len(s), 0)) >= 0


def s_index_of(s: str, search: Any = None, position: Any = None, *_: Any) -> float:
    return float(s.find(to_string(search), _clamp(position, len(s), 0)))


def s_last_index_of(s: str, search: Any = None, position: Any = None, *_: Any) -> float:
    sub = to_string(search)
    n = to_number(position)
    pos = len(s) if n != n else int(min(max(to_integer_or_infinity(n), 0), len(s)))
    return float(s.rfind(sub, 0, pos + len(sub)))


def _has_lone_surrogate(s: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in _code_points(s))


def s_is_well_formed(s: str, *_: Any) -> bool:
    return s.isascii() or not _has_lone_surrogate(s)


def s_to_well_formed(s: str, *_: Any) -> str:
    if s.isascii():
        return s
    cps = _code_points(s)
    if not _has_lone_surrogate(s):
        return s
    return to_js("".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in cps))


def s_locale_compare(s: str, that: Any = None, *_: Any) -> float:
    a, b = _code_points(s), _code_points(to_string(that))
    return -1.0 if a < b else 1.0 if a > b else 0.0


def s_normalize(s: str, form: Any = None, *_: Any) -> str:
    f = "NFC" if form is None else to_string(form)
    if f not in ("NFC", "NFD", "NFKC", "NFKD"):
        range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
    if s.isascii():
        return s
    return to_js(unicodedata.normalize(f, _code_points(s)))


def _pad(s: str, max_length: Any, fill: Any, at_start: bool) -> str:
    n = to_integer_or_infinity(max_length)
    if n <= len(s):
        return s
    filler = " " if fill is None else to_string(fill)
    if filler == "":
        return s
    _check_length(int(n) if n != math.inf else MAX_STRING_LENGTH + 1)
    need = int(n) - len(s)
    pad = (filler * (need // len(filler) + 1))[:need]
    return pad + s if at_start else s + pad


def s_pad_end(s: str, max_length: Any = None, fill: Any = None, *_: Any) -> str:
    return _pad(s, max_length, fill, False)


def s_pad_start(s: str, max_length: Any = None, fill: Any = None, *_: Any) -> str:
    return _pad(s, max_length, fill, True)


def s_repeat(s: str, count: Any = None, *_: Any) -> str:
    raw = to_number(count)
    n = to_integer_or_infinity(raw)
    if n < 0 or n == math.inf:
        range_error(f"Invalid count value: {number_to_string(raw)}")
    if n == 0 or not s:
        return ""
    _check_length(len(s) * int(n))
    return s * int(n)


def _substitute(replacement: str, matched: str, position: int, s: str) -> str:
    """GetSubstitution without captures: ``$$``, ``$&``, ``$` ``, ``$'``; anything else is literal."""
    if "$" not in replacement:
        return replacement
    out: list[str] = []
    i, n = 0, len(replacement)
    while i < n:
        c = replacement[i]
        if c == "$" and i + 1 < n:
            d = replacement[i + 1]
            if d == "$":
                out.append("$")
                i += 2
                continue
            if d == "&":
                out.append(matched)
                i += 2
                continue
            if d == "`":
                out.append(s[:position])
                i += 2
                continue
            if d == "'":
                out.append(s[position + len(matched) :])
                i += 2
                continue
        out.append(c)
        i += 1
    return "".join(out)


def _replace_at(s: str, positions: list[int], search: str, replace_value: Any) -> str:
    if not positions:
        return s
    fn: Callable[..., Any] | None = replace_value if is_callable(replace_value) else None
    template = None if fn is not None else to_string(replace_value)
    out: list[str] = []
    last = 0
    for p in positions:
        out.append(s[last:p])
        if fn is not None:
            out.append(to_string(fn(search, float(p), s)))
        else:
            out.append(_substitute(template, search, p, s))  # type: ignore[arg-type]
        last = p + len(search)
    out.append(s[last:])
    result = "".join(out)
    _check_length(len(result))
    return result


def s_replace(s: str, pattern: Any = None, replacement: Any = None, *_: Any) -> str:
    search = to_string(pattern)
    p = s.find(search)
    return _replace_at(s, [p] if p >= 0 else [], search, replacement)


def s_replace_all(s: str, pattern: Any = None, replacement: Any = None, *_: Any) -> str:
    search = to_string(pattern)
    positions: list[int] = []
    advance = max(1, len(search))
    p = s.find(search)
    while p >= 0:
        positions.append(p)
        p = s.find(search, p + advance)
    return _replace_at(s, positions, search, replacement)


def s_slice(s: str, start: Any = None, end: Any = None, *_: Any) -> str:
    a = _relative(start, len(s), 0)
    b = _relative(end, len(s), len(s))
    return s[a:b] if a < b else ""


def s_split(s: str, separator: Any = None, limit: Any = None, *_: Any) -> JSArray:
    lim = 2**32 - 1 if limit is None else to_uint32(limit)
    if separator is None:
        return JSArray([s] if lim else [])
    sep = to_string(separator)
    if lim == 0:
        return JSArray()
    if sep == "":
        return JSArray(s[:lim])
    if s == "":
        return JSArray([""])
    parts = s.split(sep)
    return JSArray(parts[:lim])


def s_starts_with(s: str, search: Any = None, position: Any = None, *_: Any) -> bool:
    sub = to_string(search)
    p = _clamp(position, len(s), 0)
    return s.startswith(sub, p)


def s_substring(s: str, start: Any = None, end: Any = None, *_: Any) -> str:
    a = _clamp(start, len(s), 0)
    b = _clamp(end, len(s), len(s))
    if a > b:
        a, b = b, a
    return s[a:b]


def s_to_lower_case(s: str, *_: Any) -> str:
    if s.isascii():
        return s.lower()
    return to_js(_code_points(s).lower())


def s_to_upper_case(s: str, *_: Any) -> str:
    if s.isascii():
        return s.upper()
    return to_js(_code_points(s).upper())


def s_to_string(s: str, *_: Any) -> str:
    return s


def s_trim(s: str, *_: Any) -> str:
    return s.strip(JS_WHITESPACE)


def s_trim_end(s: str, *_: Any) -> str:
    return s.rstrip(JS_WHITESPACE)


def s_trim_start(s: str, *_: Any) -> str:
    return s.lstrip(JS_WHITESPACE)


STRING_METHODS: dict[str, Callable[..., Any]] = {
    "at": s_at,
    "charAt": s_char_at,
    "charCodeAt": s_char_code_at,
    "codePointAt": s_code_point_at,
    "concat": s_concat,
    "endsWith": s_ends_with,
    "includes": s_includes,
    "indexOf": s_index_of,
    "isWellFormed": s_is_well_formed,
    "lastIndexOf": s_last_index_of,
    "localeCompare": s_locale_compare,
    "normalize": s_normalize,
    "padEnd": s_pad_end,
    "padStart": s_pad_start,
    "repeat": s_repeat,
    "replace": s_replace,
    "replaceAll": s_replace_all,
    "slice": s_slice,
    "split": s_split,
    "startsWith": s_starts_with,
    "substring": s_substring,
    "toLowerCase": s_to_lower_case,
    "toLocaleLowerCase": s_to_lower_case,
    "toUpperCase": s_to_upper_case,
    "toLocaleUpperCase": s_to_upper_case,
    "toString": s_to_string,
    "toWellFormed": s_to_well_formed,
    "trim": s_trim,
    "trimEnd": s_trim_end,
    "trimStart": s_trim_start,
}


# ----------------------------------------------------------------------------------------------------
# String statics
# ----------------------------------------------------------------------------------------------------


def from_char_code(*units: Any) -> str:
    """``String.fromCharCode(...units)``: ToUint16 of each argument."""
    return "".join(chr(to_uint32(u) & 0xFFFF) for u in units)


def from_code_point(*points: Any) -> str:
    """``String.fromCodePoint(...points)``."""
    out: list[str] = []
    for p in points:
        n = to_number(p)
        if n != n or not float(n).is_integer() or n < 0 or n > 0x10FFFF:
            range_error(f"Invalid code point {number_to_string(n)}")
        cp = int(n)
        if cp >= 0x10000:
            cp -= 0x10000
            out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
        else:
            out.append(chr(cp))
    return "".join(out)
