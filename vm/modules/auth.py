"""zigttp:auth (SPEC §11.5): bearer tokens, HS256 JSON Web Tokens, webhook signatures and constant-time
comparison."""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import time
from typing import Any

from ..errors import type_error
from ..jsjson import JSONSyntaxError, parse_text, stringify
from ..utf16 import to_js, to_utf8
from ..values import JSArray, JSObject
from .common import (
    arg_error,
    data_bytes,
    failure,
    field,
    is_number,
    is_object,
    js_function,
    ok_value,
    optional_string,
    require_string,
)
from .crypto import b64url, decode_base64url

__all__ = ["parseBearer", "jwtVerify", "jwtSign", "verifyWebhookSignature", "timingSafeEqual", "EXPORTS"]

_BEARER = re.compile(r"[Bb][Ee][Aa][Rr][Ee][Rr] +(\S+)\s*\Z")
_HEADER = b64url(b'{"alg":"HS256","typ":"JWT"}')
_HEX64 = re.compile(r"[0-9a-f]{64}\Z")


@js_function("parseBearer", 1)
def parseBearer(header: Any = None, *_: Any) -> str | None:  # noqa: N802 - JS name
    """The token of ``Bearer <token>`` (scheme in any case), or undefined."""
    header = optional_string("parseBearer", "header", header)
    if header is None:
        return None
    m = _BEARER.match(header)
    return m.group(1) if m else None


def _json_object(raw: bytes | None) -> JSObject | None:
    """The JSON object in ``raw`` (UTF-8), or None."""
    if raw is None:
        return None
    try:
        value = parse_text(to_js(raw.decode("utf-8")))
    except (UnicodeDecodeError, JSONSyntaxError):
        return None
    return value if type(value) is JSObject else None


def _options(fn: str, options: Any, numbers: tuple[str, ...], strings: tuple[str, ...]) -> dict[str, Any]:
    if options is None:
        return {}
    if not is_object(options):
        arg_error(fn, "options", "an object")
    out: dict[str, Any] = {}
    for name in numbers:
        value = field(options, name)
        if value is not None:
            if not is_number(value) or value != value:
                arg_error(fn, f"options.{name}", "a number")
            out[name] = float(value)
    for name in strings:
        value = field(options, name)
        if value is not None:
            out[name] = require_string(fn, f"options.{name}", value)
    return out


def _secret(fn: str, secret: Any) -> bytes:
    return data_bytes(fn, "secret", secret)


def _verify(token: str, secret: bytes, opts: dict[str, Any]) -> str | JSObject:
    parts = token.split(".")
    if len(parts) != 3:
        return "invalid token format"
    header = _json_object(decode_base64url(parts[0]))
    if header is None:
        return "invalid header encoding"
    if header.get("alg") != "HS256":
        return "unsupported algorithm"
    if not secret:
        return "empty secret"
    signature = decode_base64url(parts[2])
    if signature is None:
        return "invalid signature encoding"
    if len(signature) != 32:
        return "invalid signature length"
    expected = hmac.new(secret, to_utf8(parts[0] + "." + parts[1]), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, signature):
        return "invalid signature"
    payload = decode_base64url(parts[1])
    if payload is None:
        return "invalid payload encoding"
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        return "invalid payload encoding"
    try:
        claims = parse_text(to_js(text))
    except JSONSyntaxError:
        return "invalid claims JSON"
    if type(claims) is not JSObject:
        return "invalid claims JSON"
    now = opts.get("now")
    if now is None:
        now = time.time()
    tolerance = opts.get("clockTolerance", 0.0)
    exp = claims.get("exp")
    if exp is not None:
        if not is_number(exp):
            return "invalid exp claim"
        if not now < exp + tolerance:
            return "token expired"
    nbf = claims.get("nbf")
    if nbf is not None:
        if not is_number(nbf):
            return "invalid nbf claim"
        if not now >= nbf - tolerance:
            return "token not yet valid"
    audience = opts.get("audience")
    if audience is not None:
        aud = claims.get("aud")
        if not (aud == audience if type(aud) is str else isinstance(aud, JSArray) and audience in aud):
            return "invalid audience"
    issuer = opts.get("issuer")
    if issuer is not None and claims.get("iss") != issuer:
        return "invalid issuer"
    return claims


@js_function("jwtVerify", 2)
def jwtVerify(token: Any = None, secret: Any = None, options: Any = None, *_: Any) -> JSObject:  # noqa: N802
    """Verify an HS256 token: ``{ ok: true, value: claims }`` or ``{ ok: false, error }`` (§11.5)."""
    token = require_string("jwtVerify", "token", token)
    key = _secret("jwtVerify", secret)
    opts = _options("jwtVerify", options, ("clockTolerance", "now"), ("audience", "issuer"))
    if opts.get("clockTolerance", 0.0) < 0:
        arg_error("jwtVerify", "options.clockTolerance", "a non-negative number")
    result = _verify(token, key, opts)
    return failure(result) if type(result) is str else ok_value(result)


def _claims_json(claims: Any, opts: dict[str, Any]) -> str:
    if type(claims) is str:
        try:
            parsed = parse_text(claims)
        except JSONSyntaxError:
            parsed = None
        if type(parsed) is not JSObject:
            type_error("jwtSign(): claims must be a JSON object")
        if "expiresIn" not in opts:
            return claims
        claims = parsed
    elif not isinstance(claims, dict):
        type_error("jwtSign(): claims must be a JSON object")
    if "expiresIn" in opts:
        now = opts.get("now")
        if now is None:
            now = time.time()
        claims = JSObject(claims)
        if "iat" not in claims:
            claims["iat"] = float(math.floor(now))
        claims["exp"] = float(math.floor(now + opts["expiresIn"]))
    text = stringify(claims)
    if text is None:  # pragma: no cover - a dict always stringifies
        type_error("jwtSign(): claims must be a JSON object")
    return text


@js_function("jwtSign", 2)
def jwtSign(claims: Any = None, secret: Any = None, options: Any = None, *_: Any) -> str:  # noqa: N802
    """A compact HS256 token for ``claims`` (§11.5)."""
    key = _secret("jwtSign", secret)
    opts = _options("jwtSign", options, ("expiresIn", "now"), ())
    if not key:
        type_error("jwtSign(): secret must not be empty")
    payload = b64url(to_utf8(_claims_json(claims, opts)))
    signing_input = f"{_HEADER}.{payload}"
    signature = hmac.new(key, signing_input.encode("ascii"), hashlib.sha256).digest()
    return f"{signing_input}.{b64url(signature)}"


@js_function("verifyWebhookSignature", 3)
def verifyWebhookSignature(payload: Any = None, secret: Any = None, signature: Any = None,  # noqa: N802
                           *_: Any) -> bool:
    """Whether ``signature`` (hex, optional ``sha256=`` prefix, any case) is the HMAC-SHA256 of
    ``payload`` with ``secret``."""
    payload = require_string("verifyWebhookSignature", "payload", payload)
    secret = require_string("verifyWebhookSignature", "secret", secret)
    signature = optional_string("verifyWebhookSignature", "signature", signature)
    expected = hmac.new(to_utf8(secret), to_utf8(payload), hashlib.sha256).hexdigest()
    if signature is None:
        return False
    if signature.startswith("sha256="):
        signature = signature[7:]
    given = signature.lower()
    if _HEX64.match(given) is None:
        return False
    return hmac.compare_digest(expected.encode("ascii"), given.encode("ascii"))


@js_function("timingSafeEqual", 2)
def timingSafeEqual(a: Any = None, b: Any = None, *_: Any) -> bool:  # noqa: N802
    """Constant-time comparison of the UTF-8 bytes of two strings (false for different lengths)."""
    a = optional_string("timingSafeEqual", "a", a)
    b = optional_string("timingSafeEqual", "b", b)
    if a is None or b is None:
        return False
    x, y = to_utf8(a), to_utf8(b)
    if len(x) != len(y):
        return False
    return hmac.compare_digest(x, y)


EXPORTS = {
    "parseBearer": parseBearer,
    "jwtVerify": jwtVerify,
    "jwtSign": jwtSign,
    "verifyWebhookSignature": verifyWebhookSignature,
    "timingSafeEqual": timingSafeEqual,
}
