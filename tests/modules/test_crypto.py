"""zigttp:crypto (SPEC §11.3)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

import pytest
from zigttp.vm.modules import crypto as c
from zigttp.vm.typedarrays import TypedArray
from zigttp.vm.values import JSError

from .jsrun import call, load_js


def u8(data: bytes) -> TypedArray:
    return TypedArray.from_bytes(data)


def test_spec_vectors() -> None:
    assert c.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert c.hmacSha256("key", "The quick brown fox jumps over the lazy dog") == (
        "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")
    assert c.base64Encode("Hello") == "SGVsbG8="


def test_strings_are_hashed_as_utf8_and_bytes_raw() -> None:
    assert c.sha256("\ud83d\ude00") == hashlib.sha256("😀".encode()).hexdigest()
    assert c.sha256("\ud800") == hashlib.sha256("\ufffd".encode()).hexdigest()  # lone surrogate -> U+FFFD
    assert c.sha256(u8(b"\x00\xff")) == hashlib.sha256(b"\x00\xff").hexdigest()
    assert c.hmacSha256(u8(b"k"), "d") == hmac.new(b"k", b"d", hashlib.sha256).hexdigest()
    assert c.sha256("") == hashlib.sha256(b"").hexdigest()


@pytest.mark.parametrize(("fn", "args", "message"), [
    (c.sha256, (), "sha256(): 'data' must be a string or Uint8Array"),
    (c.sha256, (1.0,), "sha256(): 'data' must be a string or Uint8Array"),
    (c.hmacSha256, (None, "x"), "hmacSha256(): 'key' must be a string or Uint8Array"),
    (c.hmacSha256, ("k",), "hmacSha256(): 'data' must be a string or Uint8Array"),
    (c.base64Encode, (True,), "base64Encode(): 'data' must be a string or Uint8Array"),
    (c.base64urlEncode, (), "base64urlEncode(): 'data' must be a string or Uint8Array"),
    (c.base64Decode, (u8(b"x"),), "base64Decode(): 'text' must be a string"),
    (c.base64DecodeBytes, (), "base64DecodeBytes(): 'text' must be a string"),
    (c.base64urlDecode, (2.0,), "base64urlDecode(): 'text' must be a string"),
    (c.base64urlDecodeBytes, (), "base64urlDecodeBytes(): 'text' must be a string"),
])
def test_argument_errors(fn, args, message) -> None:
    with pytest.raises(JSError) as info:
        fn(*args)
    assert (info.value.name, info.value.message) == ("TypeError", message)


def test_base64_round_trips_and_alphabets() -> None:
    data = bytes(range(256))
    assert c.base64Encode(u8(data)) == base64.b64encode(data).decode()
    assert c.base64urlEncode(u8(data)) == base64.urlsafe_b64encode(data).decode().rstrip("=")
    assert c.base64DecodeBytes(c.base64Encode(u8(data))).to_bytes() == data
    assert c.base64urlDecodeBytes(c.base64urlEncode(u8(data))).to_bytes() == data
    assert c.base64urlEncode("\xff\xfe?") == "w7_Dvj8"
    assert c.base64Decode("SGVsbG8=") == "Hello"
    assert c.base64Decode("SGVsbG8") == "Hello"  # padding is optional
    assert c.base64Decode("8J+YgA==") == "\ud83d\ude00"  # UTF-16 form
    assert c.base64urlDecode("SGVsbG8") == "Hello"
    assert c.base64urlDecode("SGVsbG8=") == "Hello"
    assert c.base64Decode("") == ""


@pytest.mark.parametrize("text", [
    "SGVsbG8==",  # wrong padding
    "SGVsbA=",  # wrong padding
    "SGVs bG8=",  # whitespace
    "SGVsbG8=\n",
    "S",  # impossible length
    "SGVsb-8=",  # url-safe character in the standard alphabet
    "=",
    "SG=VsbG8",
    "é",
])
def test_invalid_base64_is_undefined(text: str) -> None:
    assert c.base64Decode(text) is None
    assert c.base64DecodeBytes(text) is None


def test_invalid_base64url_and_invalid_utf8() -> None:
    assert c.base64urlDecode("SGVs+G8") is None
    assert c.base64urlDecode("a") is None
    assert c.base64urlDecodeBytes("__8") is not None
    assert c.base64Decode("/w==") is None  # the byte 0xff is not UTF-8
    assert c.base64DecodeBytes("/w==").to_bytes() == b"\xff"
    assert c.base64urlDecode("_w") is None
    assert c.base64urlDecodeBytes("_w").to_bytes() == b"\xff"


def test_random_uuid_is_version_4() -> None:
    seen = {c.randomUUID() for _ in range(200)}
    assert len(seen) == 200
    for value in seen:
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", value)


def test_functions_have_js_names() -> None:
    assert c.hmacSha256.__name__ == "hmacSha256"
    assert c.hmacSha256.js_length == 2


def test_through_compiled_code() -> None:
    program = load_js("""
import { sha256, base64urlDecodeBytes, base64Encode } from "zigttp:crypto";
export function handler(req: Request): Response {
  const bytes = base64urlDecodeBytes("AP8");
  return Response.json({ h: sha256("abc").slice(0, 8), n: bytes === undefined ? -1 : bytes.length,
                         b: base64Encode(req.path) });
}
""")
    out = call(program, "GET", "/x")
    assert out.status == 200 and out.body == b'{"h":"ba7816bf","n":2,"b":"L3g="}'


def test_argument_error_is_located_at_the_call() -> None:
    program = load_js('import { sha256 } from "zigttp:crypto";\n'
                      "export function handler(req) {\n  return sha256(42);\n}\n", "h.js")
    out = call(program)
    assert out.status == 500
    assert out.error == "h.js:3:10 TypeError: sha256(): 'data' must be a string or Uint8Array"
