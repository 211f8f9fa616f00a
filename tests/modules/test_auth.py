"""zigttp:auth (SPEC §11.5): bearer parsing, HS256 JWTs (RFC 7515 A.1, RFC 7519 §6.1, PyJWT in both
directions, every error in step order), webhook signatures and constant-time comparison."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest
from zigttp.vm.modules.auth import jwtSign, jwtVerify, parseBearer, timingSafeEqual, verifyWebhookSignature
from zigttp.vm.modules.crypto import b64url, base64urlDecodeBytes
from zigttp.vm.values import FrozenObject, JSArray, JSError, JSObject

from .jsrun import jsdata

pytestmark = pytest.mark.filterwarnings("ignore:The HMAC key is")

RFC7515_TOKEN = (
    "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
    "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
)
RFC7515_KEY = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"
RFC7519_UNSECURED = (
    "eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb2"
    "90Ijp0cnVlfQ."
)
ANN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbm4ifQ.SQk06-cdY1WZuJvcC_m0GfoJhyM5OB6fzdks6i2aNtU"


def verify(token: str, secret, **options):
    return jsdata(jwtVerify(token, secret, JSObject(options) if options else None))


def token(header: bytes, payload: bytes, secret: bytes = b"s", sig: str | None = None) -> str:
    signing = f"{b64url(header)}.{b64url(payload)}"
    if sig is None:
        sig = b64url(hmac.new(secret, signing.encode(), hashlib.sha256).digest())
    return f"{signing}.{sig}"


HS = b'{"alg":"HS256"}'
LOWER = b'{"alg":"hs256"}'


# -- parseBearer ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "expected"), [
    ("Bearer abc", "abc"),
    ("bearer abc", "abc"),
    ("BEARER   abc.def-ghi", "abc.def-ghi"),
    ("Bearer abc  ", "abc"),
    ("Bearer abc\t", "abc"),
    ("Bearer", None),
    ("Bearer ", None),
    ("Bearer a b", None),
    ("Bearer\tabc", None),
    ("Basic abc", None),
    (" Bearer abc", None),
    ("Bearerabc", None),
    (None, None),
])
def test_parse_bearer(header, expected) -> None:
    assert parseBearer(header) == expected


def test_parse_bearer_type_error() -> None:
    with pytest.raises(JSError) as info:
        parseBearer(1.0)
    assert info.value.text() == "TypeError: parseBearer(): 'header' must be a string or undefined"


# -- conformance vectors --------------------------------------------------------------------------------------

def test_rfc7515_a1() -> None:
    key = base64urlDecodeBytes(RFC7515_KEY)
    result = jwtVerify(RFC7515_TOKEN, key, JSObject(now=1300819379.0))
    assert type(result) is FrozenObject and list(result) == ["ok", "value"]
    assert jsdata(result) == {"ok": True, "value": {"iss": "joe", "exp": 1300819380.0,
                                                    "http://example.com/is_root": True}}
    assert verify(RFC7515_TOKEN, key, now=1300819380.0) == {"ok": False, "error": "token expired"}


@pytest.mark.parametrize("secret", ["", "secret", "s3cret"])
def test_rfc7519_unsecured_token_is_refused(secret: str) -> None:
    assert verify(RFC7519_UNSECURED, secret) == {"ok": False, "error": "unsupported algorithm"}


def test_spec_sign_example() -> None:
    assert jwtSign(JSObject(sub="ann"), "s3cret") == ANN
    assert verify(ANN, "s3cret") == {"ok": True, "value": {"sub": "ann"}}
    assert verify(ANN, "other") == {"ok": False, "error": "invalid signature"}


# -- PyJWT cross-checks ---------------------------------------------------------------------------------------

def test_pyjwt_tokens_verify_here() -> None:
    jwt = pytest.importorskip("jwt")
    claims = {"sub": "bob", "n": 1, "list": [1, "x", None], "nested": {"k": "v"}, "exp": 4102444800}
    tok = jwt.encode(claims, "k3y", algorithm="HS256")
    result = verify(tok, "k3y")
    assert result == {"ok": True, "value": {"sub": "bob", "n": 1.0, "list": [1.0, "x", None],
                                            "nested": {"k": "v"}, "exp": 4102444800.0}}
    tok = jwt.encode({"sub": "x"}, b"\x00\x01binary", algorithm="HS256")
    assert verify(tok, base64urlDecodeBytes(b64url(b"\x00\x01binary")))["ok"] is True
    tok = jwt.encode({"sub": "x"}, "k", algorithm="HS384")
    assert verify(tok, "k") == {"ok": False, "error": "unsupported algorithm"}


def test_tokens_signed_here_verify_in_pyjwt() -> None:
    jwt = pytest.importorskip("jwt")
    tok = jwtSign(JSObject(sub="ann", admin=True, n=1.5), "s3cret", JSObject(expiresIn=60.0, now=1700000000.0))
    header = jwt.get_unverified_header(tok)
    assert header == {"alg": "HS256", "typ": "JWT"}
    decoded = jwt.decode(tok, "s3cret", algorithms=["HS256"], options={"verify_exp": False})
    assert decoded == {"sub": "ann", "admin": True, "n": 1.5, "iat": 1700000000, "exp": 1700000060}
    assert list(decoded) == ["sub", "admin", "n", "iat", "exp"]
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(tok, "wrong", algorithms=["HS256"], options={"verify_exp": False})


def test_sign_options_and_string_claims() -> None:
    assert jwtSign('{"a":1,  "b":2}', "k").split(".")[1] == b64url(b'{"a":1,  "b":2}')  # verbatim
    tok = jwtSign('{"iat":5,"a":1}', "k", JSObject(expiresIn=10.0, now=100.9))
    payload = json.loads(base64urlDecodeBytes(tok.split(".")[1]).to_bytes())
    assert payload == {"iat": 5, "a": 1, "exp": 110}
    tok = jwtSign(JSObject(exp=1.0), "k", JSObject(expiresIn=10.0, now=100.0))
    assert json.loads(base64urlDecodeBytes(tok.split(".")[1]).to_bytes()) == {"exp": 110, "iat": 100}
    assert jwtSign(JSObject(), base64urlDecodeBytes("AA")).startswith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.")


@pytest.mark.parametrize(("args", "message"), [
    (("[1]", "k"), "jwtSign(): claims must be a JSON object"),
    (("nope", "k"), "jwtSign(): claims must be a JSON object"),
    ((JSArray([1.0]), "k"), "jwtSign(): claims must be a JSON object"),
    ((1.0, "k"), "jwtSign(): claims must be a JSON object"),
    ((JSObject(), ""), "jwtSign(): secret must not be empty"),
    ((JSObject(), None), "jwtSign(): 'secret' must be a string or Uint8Array"),
    ((JSObject(), "k", "x"), "jwtSign(): 'options' must be an object"),
    ((JSObject(), "k", JSObject(expiresIn="1")), "jwtSign(): 'options.expiresIn' must be a number"),
])
def test_sign_errors(args, message) -> None:
    with pytest.raises(JSError) as info:
        jwtSign(*args)
    assert info.value.text() == "TypeError: " + message


# -- every verification step, in order ------------------------------------------------------------------------

def test_verify_errors_in_step_order() -> None:
    good_payload = b'{"sub":"x"}'
    cases = [
        ("a.b", "s", "invalid token format"),
        ("a.b.c.d", "s", "invalid token format"),
        ("!!.e30.sig", "s", "invalid header encoding"),
        (f"{b64url(b'[1]')}.e30.sig", "s", "invalid header encoding"),
        (f"{b64url(b'{nope')}.e30.sig", "s", "invalid header encoding"),
        (f"{b64url(bytes([0xff]))}.e30.sig", "s", "invalid header encoding"),
        (f"{b64url(b'{}')}.e30.sig", "s", "unsupported algorithm"),
        (f"{b64url(LOWER)}.e30.sig", "s", "unsupported algorithm"),
        (f"{b64url(HS)}.e30.sig", "", "empty secret"),
        (f"{b64url(HS)}.e30.!!", "s", "invalid signature encoding"),
        (f"{b64url(HS)}.e30.{b64url(b'short')}", "s", "invalid signature length"),
        (f"{b64url(HS)}.e30.{b64url(bytes(32))}", "s", "invalid signature"),
        (token(HS, b"\xff"), "s", "invalid payload encoding"),
        (token(HS, b"[1]"), "s", "invalid claims JSON"),
        (token(HS, b"{bad"), "s", "invalid claims JSON"),
        (token(HS, b'{"exp":"soon"}'), "s", "invalid exp claim"),
        (token(HS, b'{"exp":10}'), "s", "token expired"),
        (token(HS, b'{"nbf":true}'), "s", "invalid nbf claim"),
        (token(HS, b'{"nbf":1e12}'), "s", "token not yet valid"),
    ]
    for tok, secret, error in cases:
        assert verify(tok, secret, now=100.0) == {"ok": False, "error": error}, tok
    # a bad payload with a bad signature reports the signature (step 6 before step 7)
    assert verify(token(HS, b"\xff", sig=b64url(bytes(32))), "s") == {"ok": False, "error": "invalid signature"}
    assert verify(token(HS, good_payload), "s")["ok"] is True


def test_time_claims_and_tolerance() -> None:
    tok = token(HS, b'{"exp":100,"nbf":50}')
    assert verify(tok, "s", now=99.5)["ok"] is True
    assert verify(tok, "s", now=100.0)["error"] == "token expired"
    assert verify(tok, "s", now=104.0, clockTolerance=5.0)["ok"] is True
    assert verify(tok, "s", now=49.0)["error"] == "token not yet valid"
    assert verify(tok, "s", now=49.0, clockTolerance=1.0)["ok"] is True
    assert verify(token(HS, b'{"exp":null}'), "s", now=1e12)["ok"] is True  # null is absent
    assert verify(token(HS, b'{"a":null}'), "s") == {"ok": True, "value": {"a": None}}


def test_audience_and_issuer() -> None:
    tok = token(HS, b'{"aud":["a","b"],"iss":"me"}')
    assert verify(tok, "s", audience="b", issuer="me")["ok"] is True
    assert verify(tok, "s", audience="c")["error"] == "invalid audience"
    assert verify(tok, "s", issuer="you")["error"] == "invalid issuer"
    assert verify(token(HS, b'{"aud":"a"}'), "s", audience="a")["ok"] is True
    assert verify(token(HS, b'{}'), "s", audience="a")["error"] == "invalid audience"
    assert verify(token(HS, b'{"aud":"x"}'), "s", audience="a", issuer="me")["error"] == "invalid audience"


def test_header_bytes_are_used_as_received() -> None:
    header = b'{ "typ" : "JWT",\r\n "alg" : "HS256" }'
    assert verify(token(header, b'{"a":1}'), "s")["ok"] is True


@pytest.mark.parametrize(("args", "message"), [
    ((None, "s"), "jwtVerify(): 'token' must be a string"),
    (("t", 1.0), "jwtVerify(): 'secret' must be a string or Uint8Array"),
    (("t", "s", 5.0), "jwtVerify(): 'options' must be an object"),
    (("t", "s", JSObject(now="1")), "jwtVerify(): 'options.now' must be a number"),
    (("t", "s", JSObject(audience=1.0)), "jwtVerify(): 'options.audience' must be a string"),
    (("t", "s", JSObject(clockTolerance=-1.0)), "jwtVerify(): 'options.clockTolerance' must be a non-negative number"),
])
def test_verify_argument_errors(args, message) -> None:
    with pytest.raises(JSError) as info:
        jwtVerify(*args)
    assert info.value.text() == "TypeError: " + message


# -- webhooks and timingSafeEqual -----------------------------------------------------------------------------

def test_webhook_signatures() -> None:
    sig = hmac.new(b"whsec", b'{"event":1}', hashlib.sha256).hexdigest()
    assert verifyWebhookSignature('{"event":1}', "whsec", sig) is True
    assert verifyWebhookSignature('{"event":1}', "whsec", "sha256=" + sig) is True
    assert verifyWebhookSignature('{"event":1}', "whsec", "sha256=" + sig.upper()) is True
    assert verifyWebhookSignature('{"event":2}', "whsec", sig) is False
    assert verifyWebhookSignature('{"event":1}', "whsec", None) is False
    assert verifyWebhookSignature('{"event":1}', "whsec", "sha256=") is False
    assert verifyWebhookSignature('{"event":1}', "whsec", sig[:-1]) is False
    assert verifyWebhookSignature('{"event":1}', "whsec", "SHA256=" + sig) is False
    assert verifyWebhookSignature('{"event":1}', "whsec", sig + "\u00e9") is False
    with pytest.raises(JSError) as info:
        verifyWebhookSignature('{"event":1}', None, sig)
    assert info.value.text() == "TypeError: verifyWebhookSignature(): 'secret' must be a string"
    with pytest.raises(JSError) as info:
        verifyWebhookSignature(None, "k", sig)
    assert info.value.text() == "TypeError: verifyWebhookSignature(): 'payload' must be a string"
    with pytest.raises(JSError) as info:
        verifyWebhookSignature("p", "k", 1.0)
    assert info.value.text() == "TypeError: verifyWebhookSignature(): 'signature' must be a string or undefined"


def test_timing_safe_equal() -> None:
    assert timingSafeEqual("abc", "abc") is True
    assert timingSafeEqual("abc", "abd") is False
    assert timingSafeEqual("abc", "abcd") is False
    assert timingSafeEqual("é", "é") is True
    assert timingSafeEqual(None, "a") is False
    assert timingSafeEqual(None, None) is False
    assert timingSafeEqual("", "") is True
    with pytest.raises(JSError) as info:
        timingSafeEqual("a", 1.0)
    assert info.value.text() == "TypeError: timingSafeEqual(): 'b' must be a string or undefined"
