"""Headers, Request and Response values (SPEC §10.1–§10.5)."""

from __future__ import annotations

import math

import pytest
from zigttp.vm.conversions import to_string, typeof
from zigttp.vm.http_values import GLOBALS, HEADERS, REQUEST, RESPONSE, Headers, Request, Response, parse_query
from zigttp.vm.values import FrozenObject, JSArray, JSError, JSObject


def raises(fn, *args) -> str:
    with pytest.raises(JSError) as info:
        fn(*args)
    return info.value.text()


def pairs(*items: tuple[str, str]) -> JSArray:
    return JSArray(JSArray(pair) for pair in items)


# -- Headers ----------------------------------------------------------------------------------------------


def test_headers_init_forms_and_lookup() -> None:
    h = HEADERS(JSObject({"Content-Type": " text/html\t", "X-A": "1"}))
    assert h.js_get("get")("content-type") == "text/html"
    assert h.js_get("content-type") == "text/html"
    assert h.js_get("Content-Type") is None  # property access is by lowercase name only
    assert h.js_get("has")("X-A") is True and h.js_get("has")("x-b") is False
    copy = HEADERS(h)
    copy.js_get("set")("x-a", "2")
    assert h.js_get("x-a") == "1" and copy.js_get("x-a") == "2"
    from_pairs = HEADERS(pairs(("A", "1"), ("a", "2"), ("B", "3")))
    assert from_pairs.js_get("get")("a") == "1, 2"
    assert HEADERS().js_keys() == [] and HEADERS(None).js_keys() == []


def test_headers_order_and_set_cookie() -> None:
    h = HEADERS(pairs(("x-b", "2"), ("Set-Cookie", "a=1"), ("x-a", "1"), ("set-cookie", "b=2")))
    assert h.js_get("entries")() == [["set-cookie", "a=1"], ["set-cookie", "b=2"], ["x-a", "1"],
                                     ["x-b", "2"]]
    assert h.js_get("keys")() == ["set-cookie", "set-cookie", "x-a", "x-b"]
    assert h.js_get("values")() == ["a=1", "b=2", "1", "2"]
    assert h.js_get("getSetCookie")() == ["a=1", "b=2"]
    assert h.js_get("get")("set-cookie") == "a=1, b=2"
    assert h.js_keys() == ["set-cookie", "x-a", "x-b"]
    seen = []
    h.js_get("forEach")(lambda value, name, headers, *_: seen.append((value, name, headers is h)))
    assert seen == [("a=1", "set-cookie", True), ("b=2", "set-cookie", True), ("1", "x-a", True),
                    ("2", "x-b", True)]
    assert list(h.js_iter()) == h.js_get("entries")()


def test_headers_mutation() -> None:
    h = HEADERS()
    h.js_get("append")("X-A", "1")
    h.js_get("append")("x-a", "2")
    assert h.js_get("x-a") == "1, 2"
    h.js_get("set")("x-a", 3.0)
    assert h.js_get("x-a") == "3"
    h.js_get("delete")("X-A")
    assert h.js_get("has")("x-a") is False
    assert h.js_get("get")("x-a") is None


def test_headers_methods_shadow_names() -> None:
    h = HEADERS(JSObject({"get": "v"}))
    assert callable(h.js_get("get"))
    assert h.js_get("get")("get") == "v"


def test_headers_validation_messages() -> None:
    h = HEADERS()
    assert raises(h.js_get("set"), "Bad Name", "x") == "TypeError: Invalid header name 'Bad Name'"
    assert raises(h.js_get("append"), "", "x") == "TypeError: Invalid header name ''"
    assert raises(h.js_get("set"), "X-A", "a\r\nb") == "TypeError: Invalid header value for 'X-A'"
    assert raises(h.js_get("set"), "x-a", "a\0") == "TypeError: Invalid header value for 'x-a'"
    assert raises(HEADERS, JSObject({"é": "x"})) == "TypeError: Invalid header name 'é'"
    assert raises(HEADERS, "text").startswith("TypeError: Headers init must be")
    assert raises(HEADERS, JSArray([JSArray(["a"])])).startswith("TypeError: Headers init pairs")


def test_request_headers_are_immutable() -> None:
    req = Request.from_wire(b"GET", b"/", [(b"Host", b"x")], None)
    headers = req.js_get("headers")
    for method, args in (("set", ("a", "b")), ("append", ("a", "b")), ("delete", ("host",))):
        assert raises(headers.js_get(method), *args) == "TypeError: Headers are immutable"
    assert headers.js_get("host") == "x"


def test_frozen_headers() -> None:
    h = HEADERS(JSObject({"a": "1"}))
    h.js_freeze()
    assert raises(h.js_get("set"), "a", "2") == "TypeError: Cannot modify module-level state during a request"
    assert h.js_get("a") == "1"


def test_to_string_and_typeof() -> None:
    assert to_string(HEADERS()) == "[object Headers]"
    assert to_string(REQUEST("/")) == "[object Request]"
    assert to_string(RESPONSE("x")) == "[object Response]"
    assert typeof(RESPONSE) == "function" and typeof(RESPONSE("x")) == "object"
    assert set(GLOBALS) == {"Headers", "Request", "Response"}


# -- Request ---------------------------------------------------------------------------------------------


def test_request_from_wire() -> None:
    req = Request.from_wire(b"POST", b"/p/a?x=1&y=%E2%82%AC", [
        (b"Host", b"h"), (b"Accept", b"a"), (b"accept", b"b"), (b"Cookie", b"c=1"), (b"cookie", b"d=2"),
        (b"X-U", "é".encode()), (b"X-Bad", b"\xff"),
    ], "h\u00e9\U0001F600".encode())
    assert req.js_keys() == ["method", "url", "path", "query", "headers", "body"]
    assert req.js_get("method") == "POST"
    assert req.js_get("url") == "/p/a?x=1&y=%E2%82%AC"
    assert req.js_get("path") == "/p/a"
    assert req.js_get("query") == {"x": "1", "y": "\u20ac"}
    assert isinstance(req.js_get("query"), FrozenObject)
    headers = req.js_get("headers")
    assert headers.js_get("accept") == "a, b"
    assert headers.js_get("cookie") == "c=1; d=2"
    assert headers.js_get("x-u") == "é" and headers.js_get("x-bad") == "\ufffd"
    body = req.js_get("body")
    assert body == "h\u00e9\ud83d\ude00" and len(body) == 4  # UTF-16 form
    assert req.js_get("bodyUsed") is False
    assert req.js_get("text")() == body
    assert req.js_get("bodyUsed") is True
    assert raises(req.js_get("json")) == "TypeError: Body has already been consumed"
    assert req.js_get("body") == body  # reading body never consumes


def test_request_json() -> None:
    def req(body: bytes | None) -> Request:
        return Request.from_wire("POST", "/", [], body)

    assert req(b'{"a":[1,null],"b":"x"}').js_get("json")() == {"a": [1.0, None], "b": "x"}
    assert req(b"not json").js_get("json")() is None
    assert req(b"").js_get("json")() is None
    assert req(None).js_get("body") is None
    assert req(None).js_get("text")() == ""


def test_request_properties_read_only_and_extra() -> None:
    req = Request.from_wire("GET", "/", [], None)
    for key in ("method", "url", "path", "query", "headers", "body", "bodyUsed"):
        assert raises(req.js_set, key, "x") == f"TypeError: Cannot assign to read only property '{key}'"
    params = JSObject(id="1")
    req.js_set("params", params)
    assert req.js_get("params") is params
    assert req.js_keys() == ["method", "url", "path", "query", "headers", "body", "params"]
    req.js_freeze()
    assert raises(req.js_set, "more", 1.0) == "TypeError: Cannot modify module-level state during a request"


@pytest.mark.parametrize(("query", "expected"), [
    ("", {}),
    ("a=1&b=2", {"a": "1", "b": "2"}),
    ("a=1&a=2&b", {"a": "2", "b": ""}),
    ("&&a=&=x&", {"a": "", "": "x"}),
    ("a=b=c", {"a": "b=c"}),
    ("x+y=1+2", {"x y": "1 2"}),
    ("p=%2B%20%25", {"p": "+ %"}),
    ("bad=%zz%4&t=%", {"bad": "%zz%4", "t": "%"}),
    ("u=%C3%A9%F0%9F%98%80", {"u": "é\ud83d\ude00"}),
    ("inv=%FF%C3", {"inv": "\ufffd\ufffd"}),
    ("__proto__=1&constructor=2", {"__proto__": "1", "constructor": "2"}),
    ("b=1&a=2&b=3", {"b": "3", "a": "2"}),
])
def test_parse_query(query: str, expected: dict) -> None:
    result = parse_query(query)
    assert result == expected and list(result) == list(expected)


def test_request_factory() -> None:
    req = REQUEST("/items?id=41")
    assert req.js_get("query").get("id") == "41"
    assert req.js_get("path") == "/items" and req.js_get("url") == "/items?id=41"
    assert req.js_get("method") == "GET" and req.js_get("body") is None
    absolute = REQUEST("https://example.com:8443/a/b?x=1#frag")
    assert absolute.js_get("url") == "https://example.com:8443/a/b?x=1#frag"
    assert absolute.js_get("path") == "/a/b" and absolute.js_get("query") == {"x": "1"}
    assert REQUEST("http://example.com").js_get("path") == "/"
    post = REQUEST("/x", JSObject(method="post", body="data", headers=JSObject({"X-A": "1"})))
    assert post.js_get("method") == "POST" and post.js_get("body") == "data"
    assert post.js_get("headers").js_get("x-a") == "1"
    assert REQUEST("/x", JSObject(method="purge")).js_get("method") == "purge"
    assert raises(post.js_get("headers").js_get("set"), "a", "b") == "TypeError: Headers are immutable"


@pytest.mark.parametrize("url", ["items", "ftp://x/y", "http://", "", "https:///x"])
def test_request_factory_invalid_url(url: str) -> None:
    assert raises(REQUEST, url) == f"TypeError: Invalid URL '{url}'"


def test_request_factory_errors() -> None:
    assert raises(REQUEST, 5.0) == "TypeError: Invalid URL '5'"
    for method in ("GET", "head", "get"):
        assert raises(REQUEST, "/", JSObject(method=method, body="x")) == \
            "TypeError: Request with GET/HEAD method cannot have body"
    assert raises(REQUEST, "/", JSObject(headers=JSObject({"a b": "1"}))) == \
        "TypeError: Invalid header name 'a b'"


# -- Response --------------------------------------------------------------------------------------------


def response_headers(resp: Response) -> list[tuple[str, str]]:
    return resp.headers.items()


def test_response_constructor() -> None:
    resp = RESPONSE("hi")
    assert resp.js_keys() == ["status", "statusText", "ok", "headers", "body"]
    assert resp.js_get("status") == 200.0 and type(resp.js_get("status")) is float
    assert resp.js_get("statusText") == "OK" and resp.js_get("ok") is True
    assert response_headers(resp) == [("content-type", "text/plain; charset=utf-8")]
    assert resp.js_get("body") == "hi"
    empty = RESPONSE()
    assert response_headers(empty) == [] and empty.js_get("body") is None
    assert RESPONSE(None, JSObject(status=204.0)).js_get("status") == 204.0
    custom = RESPONSE("x", JSObject(status=404.0, statusText="Nope", headers=JSObject({"Content-Type": "a/b"})))
    assert custom.js_get("statusText") == "Nope" and custom.js_get("ok") is False
    assert response_headers(custom) == [("content-type", "a/b")]
    assert RESPONSE("x", JSObject(status=299.0)).js_get("statusText") == ""
    assert RESPONSE(5.0).js_get("body") == "5"


def test_response_statics() -> None:
    data = JSObject(a=1.0, b=JSArray(["x", None]))
    resp = RESPONSE.js_get("json")(data)
    assert resp.js_get("body") == '{"a":1,"b":["x",null]}'
    assert response_headers(resp) == [("content-type", "application/json")]
    assert RESPONSE.js_get("json")(data, JSObject(status=201.0)).js_get("status") == 201.0
    html = RESPONSE.js_get("html")("<p>", JSObject(headers=pairs(("x-a", "1"))))
    assert response_headers(html) == [("content-type", "text/html; charset=utf-8"), ("x-a", "1")]
    assert response_headers(RESPONSE.js_get("text")("t")) == [("content-type", "text/plain; charset=utf-8")]
    redirect = RESPONSE.js_get("redirect")("/next")
    assert redirect.js_get("status") == 302.0 and redirect.js_get("body") is None
    assert response_headers(redirect) == [("location", "/next")]
    assert RESPONSE.js_get("redirect")("/n", 308.0).js_get("statusText") == "Permanent Redirect"


def test_response_errors() -> None:
    assert raises(RESPONSE.js_get("json"), None) == "TypeError: Response.json() data is not serializable"
    assert raises(RESPONSE.js_get("json"), lambda *a: None) == \
        "TypeError: Response.json() data is not serializable"
    for status, text in ((199.0, "199"), (600.0, "600"), (200.5, "200.5"), (math.nan, "NaN")):
        assert raises(RESPONSE, "x", JSObject(status=status)) == \
            f"RangeError: Response status must be an integer in the range 200 to 599, got {text}"
    for status in (204.0, 205.0, 304.0):
        assert raises(RESPONSE, "", JSObject(status=status)) == \
            f"TypeError: Response with status {int(status)} cannot have a body"
        assert raises(RESPONSE.js_get("json"), JSObject(), JSObject(status=status)) == \
            f"TypeError: Response with status {int(status)} cannot have a body"
    assert raises(RESPONSE.js_get("redirect"), "/x", 200.0) == "RangeError: Invalid redirect status 200"
    assert raises(RESPONSE.js_get("redirect"), "/x\r\n", 301.0) == \
        "TypeError: Invalid header value for 'location'"
    assert raises(RESPONSE, JSObject()) == "TypeError: Response body must be a string, a Uint8Array or undefined"


def test_response_body_consumption_and_mutability() -> None:
    resp = RESPONSE.js_get("json")(JSObject(a=1.0))
    assert resp.js_get("json")() == {"a": 1.0}
    assert raises(resp.js_get("text")) == "TypeError: Body has already been consumed"
    resp.js_get("headers").js_get("set")("x-late", "1")
    assert ("x-late", "1") in response_headers(resp)
    assert raises(resp.js_set, "status", 201.0) == "TypeError: Cannot assign to read only property 'status'"
    resp.js_set("extra", 1.0)
    assert resp.js_keys()[-1] == "extra"


def test_uint8array_body() -> None:
    from zigttp.vm.builtins import GLOBALS as BUILTINS
    from zigttp.vm.respond import outcome_of

    u8 = BUILTINS["Uint8Array"](JSArray([104.0, 105.0, 255.0]))
    resp = RESPONSE(u8)
    assert resp.js_get("body") is u8 and response_headers(resp) == []
    assert outcome_of(resp).body == b"hi\xff"
    assert resp.js_get("text")() == "hi\ufffd"


def test_outbound_failure_shape() -> None:
    resp = Response(599, "ConnectFailed", Headers(JSObject({"content-type": "application/json"})),
                    '{"ok":false}', outbound_error=("ConnectFailed", "refused"))
    assert resp.js_keys() == ["status", "statusText", "ok", "headers", "body", "error", "details"]
    assert resp.js_get("error") == "ConnectFailed" and resp.js_get("details") == "refused"


def test_freeze_reaches_added_properties_and_body() -> None:
    from zigttp.vm.builtins import GLOBALS as BUILTINS
    from zigttp.vm.ops import js_set

    req = REQUEST("/x")
    inner = JSObject(a=1.0)
    req.js_set("params", inner)
    req.js_freeze()
    assert raises(js_set, inner, "b", 2.0) == "TypeError: Cannot modify module-level state during a request"
    assert raises(req.js_get("text")) == "TypeError: Cannot modify module-level state during a request"
    u8 = BUILTINS["Uint8Array"](JSArray([1.0]))
    resp = RESPONSE(u8)
    resp.js_freeze()
    assert raises(resp.js_get("headers").js_get("set"), "a", "b") == \
        "TypeError: Cannot modify module-level state during a request"
    assert raises(js_set, u8, "0", 2.0) == "TypeError: Cannot modify module-level state during a request"


def test_lookup_methods_validate_names() -> None:
    h = HEADERS(JSObject({"a": "1"}))
    for method in ("get", "has", "delete"):
        assert raises(h.js_get(method), "a b") == "TypeError: Invalid header name 'a b'"
    assert h.js_get("a b") is None
