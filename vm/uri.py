"""``encodeURIComponent``, ``encodeURI``, ``decodeURIComponent``, ``decodeURI`` (SPEC §9.9): ECMAScript
Encode/Decode on UTF-16-form strings; malformed input raises ``URIError: URI malformed``."""

from __future__ import annotations

from typing import Any

from .conversions import to_string
from .errors import throw

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_COMPONENT_SAFE = frozenset(_ALNUM + "-_.!~*'()")
_URI_SAFE = frozenset(_ALNUM + "-_.!~*'()" + ";/?:@&=+$,#")
_URI_RESERVED = frozenset(";/?:@&=+$,#")
_HEX = "0123456789abcdefABCDEF"


def _malformed() -> None:
    throw("URIError", "URI malformed")


def _encode(s: str, safe: frozenset[str]) -> str:
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in safe:
            out.append(c)
            i += 1
            continue
        cu = ord(c)
        if 0xDC00 <= cu <= 0xDFFF:
            _malformed()
        if 0xD800 <= cu <= 0xDBFF:
            if i + 1 >= n or not 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
                _malformed()
            cp = 0x10000 + ((cu - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00)
            i += 2
        else:
            cp = cu
            i += 1
        out.append("".join(f"%{b:02X}" for b in chr(cp).encode("utf-8")))
    return "".join(out)


def _hex_byte(s: str, k: int) -> int:
    if k + 2 >= len(s) or s[k] != "%" or s[k + 1] not in _HEX or s[k + 2] not in _HEX:
        _malformed()
    return int(s[k + 1 : k + 3], 16)


def _decode(s: str, reserved: frozenset[str]) -> str:
    if "%" not in s:
        return s
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        start = i
        if i + 2 >= n:
            _malformed()
        b = _hex_byte(s, i)
        i += 3
        if b < 0x80:
            ch = chr(b)
            out.append(s[start:i] if ch in reserved else ch)
            continue
        if b & 0xE0 == 0xC0:
            count = 1
        elif b & 0xF0 == 0xE0:
            count = 2
        elif b & 0xF8 == 0xF0:
            count = 3
        else:
            _malformed()
        data = bytearray([b])
        for _ in range(count):
            if i + 2 >= n or s[i] != "%":
                _malformed()
            cont = _hex_byte(s, i)
            if cont & 0xC0 != 0x80:
                _malformed()
            data.append(cont)
            i += 3
        try:
            text = data.decode("utf-8")  # rejects overlongs, surrogates and values above U+10FFFF
        except UnicodeDecodeError:
            _malformed()
        cp = ord(text)
        if cp >= 0x10000:
            cp -= 0x10000
            out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
        else:
            out.append(text)
    return "".join(out)


def encode_uri_component(v: Any = None, *_: Any) -> str:
    """``encodeURIComponent(v)``."""
    return _encode(to_string(v), _COMPONENT_SAFE)


def encode_uri(v: Any = None, *_: Any) -> str:
    """``encodeURI(v)``."""
    return _encode(to_string(v), _URI_SAFE)


def decode_uri_component(v: Any = None, *_: Any) -> str:
    """``decodeURIComponent(v)``."""
    return _decode(to_string(v), frozenset())


def decode_uri(v: Any = None, *_: Any) -> str:
    """``decodeURI(v)``: escapes of reserved characters stay as written."""
    return _decode(to_string(v), _URI_RESERVED)
