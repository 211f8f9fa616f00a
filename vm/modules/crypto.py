"""zigttp:crypto (SPEC §11.3): hashes, HMAC, base64/base64url and random UUIDs.

Strings are hashed or encoded as their UTF-8 bytes, ``Uint8Array`` arguments as their raw bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
from typing import Any

from ..typedarrays import TypedArray
from ..utf16 import to_js
from .common import data_bytes, js_function, require_string

__all__ = [
    "sha256",
    "hmacSha256",
    "base64Encode",
    "base64Decode",
    "base64DecodeBytes",
    "base64urlEncode",
    "base64urlDecode",
    "base64urlDecodeBytes",
    "randomUUID",
    "decode_base64",
    "decode_base64url",
    "b64url",
    "EXPORTS",
]

_STANDARD = re.compile(r"[A-Za-z0-9+/]*(={0,2})\Z")
_URLSAFE = re.compile(r"[A-Za-z0-9_-]*(={0,2})\Z")


def _decode(text: str, pattern: re.Pattern[str], altchars: bytes | None) -> bytes | None:
    """Strict base64 decoding: the alphabet only, no whitespace, padding optional but exact if present."""
    if not text.isascii():
        return None
    m = pattern.match(text)
    if m is None:
        return None
    pad = len(m.group(1))
    core = text[: len(text) - pad]
    if pad and len(text) % 4 != 0:
        return None
    if len(core) % 4 == 1:
        return None
    if pad and (len(core) % 4) + pad != 4:
        return None
    padded = core + "=" * (-len(core) % 4)
    try:
        return base64.b64decode(padded, altchars=altchars, validate=True)
    except (binascii.Error, ValueError):
        return None


def decode_base64(text: str) -> bytes | None:
    """Standard-alphabet base64 bytes of ``text``, or None when it is invalid."""
    return _decode(text, _STANDARD, None)


def decode_base64url(text: str) -> bytes | None:
    """URL-safe base64 bytes of ``text`` (padding optional), or None when it is invalid."""
    return _decode(text, _URLSAFE, b"-_")


def b64url(data: bytes) -> str:
    """URL-safe base64 without padding."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _utf8_text(data: bytes | None) -> str | None:
    if data is None:
        return None
    try:
        return to_js(data.decode("utf-8"))
    except UnicodeDecodeError:
        return None


@js_function("sha256", 1)
def sha256(data: Any = None, *_: Any) -> str:
    """64 lowercase hex digits of SHA-256."""
    return hashlib.sha256(data_bytes("sha256", "data", data)).hexdigest()


@js_function("hmacSha256", 2)
def hmacSha256(key: Any = None, data: Any = None, *_: Any) -> str:  # noqa: N802 - JS name
    """Lowercase hex HMAC-SHA256 of ``data`` with ``key``."""
    k = data_bytes("hmacSha256", "key", key)
    d = data_bytes("hmacSha256", "data", data)
    return hmac.new(k, d, hashlib.sha256).hexdigest()


@js_function("base64Encode", 1)
def base64Encode(data: Any = None, *_: Any) -> str:  # noqa: N802
    return base64.b64encode(data_bytes("base64Encode", "data", data)).decode("ascii")


@js_function("base64Decode", 1)
def base64Decode(text: Any = None, *_: Any) -> str | None:  # noqa: N802
    return _utf8_text(decode_base64(require_string("base64Decode", "text", text)))


@js_function("base64DecodeBytes", 1)
def base64DecodeBytes(text: Any = None, *_: Any) -> TypedArray | None:  # noqa: N802
    raw = decode_base64(require_string("base64DecodeBytes", "text", text))
    return None if raw is None else TypedArray.from_bytes(raw)


@js_function("base64urlEncode", 1)
def base64urlEncode(data: Any = None, *_: Any) -> str:  # noqa: N802
    return b64url(data_bytes("base64urlEncode", "data", data))


@js_function("base64urlDecode", 1)
def base64urlDecode(text: Any = None, *_: Any) -> str | None:  # noqa: N802
    return _utf8_text(decode_base64url(require_string("base64urlDecode", "text", text)))


@js_function("base64urlDecodeBytes", 1)
def base64urlDecodeBytes(text: Any = None, *_: Any) -> TypedArray | None:  # noqa: N802
    raw = decode_base64url(require_string("base64urlDecodeBytes", "text", text))
    return None if raw is None else TypedArray.from_bytes(raw)


@js_function("randomUUID", 0)
def randomUUID(*_: Any) -> str:  # noqa: N802
    """A random version-4 UUID from the operating system's CSPRNG."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


EXPORTS = {
    "sha256": sha256,
    "hmacSha256": hmacSha256,
    "base64Encode": base64Encode,
    "base64Decode": base64Decode,
    "base64DecodeBytes": base64DecodeBytes,
    "base64urlEncode": base64urlEncode,
    "base64urlDecode": base64urlDecode,
    "base64urlDecodeBytes": base64urlDecodeBytes,
    "randomUUID": randomUUID,
}
