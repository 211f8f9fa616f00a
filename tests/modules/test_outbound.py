"""fetchSync and httpRequest against real loopback upstreams (SPEC §10.6–§10.9, §14.6)."""

from __future__ import annotations

import json
import time

import pytest
from zigttp.vm.http_values import Headers, Response, make_request
from zigttp.vm.modules.config import Policy, RuntimeConfig, configure
from zigttp.vm.modules.io import parallel, race
from zigttp.vm.outbound import fetchSync, httpRequest
from zigttp.vm.typedarrays import TypedArray
from zigttp.vm.values import JSArray, JSError, JSObject

from zigttp import __version__

from .jsrun import call, load_js
from .upstream import Blackhole, Upstream, refusing_port, write_ca


def failure(response: Response) -> tuple[str, str]:
    assert response.status == 599 and response.ok is False
    assert response.status_text == response.outbound_error[0]
    body = json.loads(response.body)
    assert body == {"ok": False, "error": response.outbound_error[0], "details": response.outbound_error[1]}
    return response.outbound_error


def test_disabled_by_default() -> None:
    r = fetchSync("http://127.0.0.1:1/")
    assert failure(r) == ("OutboundHttpDisabled", "outbound HTTP is not enabled; start the server with --outbound-http")
    assert r.js_keys() == ["status", "statusText", "ok", "headers", "body", "error", "details"]
    assert r.headers.items() == [("content-type", "application/json")]
    with pytest.raises(JSError) as info:
        r.headers.set("x", "y")
    assert info.value.message == "Headers are immutable"
    assert json.loads(httpRequest('{"url":"http://x/"}')) == {
        "ok": False, "error": "OutboundHttpDisabled",
        "details": "outbound HTTP is not enabled; start the server with --outbound-http"}


def test_not_available_while_loading(outbound) -> None:
    for call_ in ('fetchSync("http://127.0.0.1:1/")', 'httpRequest("{}")'):
        with pytest.raises(JSError) as info:
            load_js(f"export const r = {call_};\nexport function handler(req: Request): Response {{ return Response.text(''); }}\n")
        assert info.value.text() == "TypeError: outbound HTTP is not available while modules are loading"


def test_get(outbound, upstream) -> None:
    r = fetchSync(upstream.url("/json"))
    assert (r.status, r.status_text, r.ok) == (200, "OK", True)
    assert r.body == '{"id":1,"name":"Ann"}' and r.json() == {"id": 1.0, "name": "Ann"}
    assert r.headers.get("content-type") == "application/json"
    with pytest.raises(JSError):
        r.headers.append("x", "1")
    assert r.js_keys() == ["status", "statusText", "ok", "headers", "body"]


def test_default_and_custom_request_headers(outbound, upstream) -> None:
    fetchSync(upstream.url("/echo"))
    _, _, headers, body, _ = upstream.seen[-1]
    assert headers["user-agent"] == f"zigttp/{__version__}"
    assert headers["accept-encoding"] == "identity"
    assert headers["host"] == f"127.0.0.1:{upstream.port}"
    assert "content-length" not in headers and body == b""
    fetchSync(JSObject(url=upstream.url("/echo"), method="post", body="héllo",
                       headers=JSObject({"User-Agent": "mine", "X-A": " v "})))
    method, _, headers, body, _ = upstream.seen[-1]
    assert (method, body) == ("POST", "héllo".encode())
    assert headers["user-agent"] == "mine" and headers["x-a"] == "v" and headers["content-length"] == "6"
    fetchSync(upstream.url("/echo"), JSObject(method="PUT", body=TypedArray.from_bytes(b"\x00\xff"),
                                              headers=JSArray([JSArray(["accept-encoding", "gzip"])])))
    method, _, headers, body, _ = upstream.seen[-1]
    assert (method, body, headers["accept-encoding"]) == ("PUT", b"\x00\xff", "gzip")


def test_input_forms_and_init_overrides(outbound, upstream) -> None:
    req = make_request(upstream.url("/echo?q=1"), JSObject(method="POST", body="b", headers=JSObject(x="1")))
    fetchSync(req)
    assert upstream.seen[-1][:2] == ("POST", "/echo?q=1") and upstream.seen[-1][2]["x"] == "1"
    fetchSync(req, JSObject(method="PATCH", headers=Headers(JSObject(y="2"))))
    method, _, headers, body, _ = upstream.seen[-1]
    assert (method, body, headers.get("y"), headers.get("x")) == ("PATCH", b"b", "2", None)
    fetchSync(JSObject(url=upstream.url("/nope")), JSObject(url=upstream.url("/echo")))
    assert upstream.seen[-1][1] == "/echo"
    r = fetchSync(upstream.url("/json"), JSObject(method="HEAD"))
    assert r.status == 200 and r.body == ""


def test_connections_are_reused(outbound, upstream) -> None:
    for _ in range(3):
        assert fetchSync(upstream.url("/json")).status == 200
    assert len({seen[4] for seen in upstream.seen}) == 1


def test_response_details(outbound, upstream) -> None:
    r = fetchSync(upstream.url("/cookies"))
    assert r.headers.getSetCookie() == ["a=1", "b=2"]
    assert r.headers.get("x-multi") == "1, 2"
    assert r.body == "héllo"
    r = fetchSync(upstream.url("/reason"))
    assert (r.status, r.status_text, r.ok) == (201, "Made It", True)
    r = fetchSync(upstream.url("/bytes"))
    assert r.body == "\ufffd\ufffdok"
    r = fetchSync(upstream.url("/status/503"))
    assert (r.status, r.ok, r.body) == (503, False, "status 503")


@pytest.mark.parametrize(("args", "expected"), [
    ((None,), ("InvalidArgs", "expected a url string, a Request, or an init object with a url")),
    ((1.0,), ("InvalidArgs", "expected a url string, a Request, or an init object with a url")),
    (("http://h/", "x"), ("InvalidArgs", "expected a url string, a Request, or an init object with a url")),
    ((JSObject(url="http://h/", timeoutMs=0.0),), ("InvalidArgs", "timeoutMs must be a positive integer")),
    ((JSObject(url="http://h/", timeoutMs=1.5),), ("InvalidArgs", "timeoutMs must be a positive integer")),
    ((JSObject(url="http://h/", redirect="error"),), ("InvalidArgs", 'redirect must be "manual" or "follow"')),
    ((JSObject(),), ("InvalidUrl", "missing url field")),
    ((JSObject(url=""),), ("InvalidUrl", "url must be a non-empty string")),
    ((JSObject(url=5.0),), ("InvalidUrl", "url must be a non-empty string")),
    (("http://[::1/",), ("InvalidUrl", "url parse failed")),
    (("http://h:99999/",), ("InvalidUrl", "url parse failed")),
    (("http://h/a\nb",), ("InvalidUrl", "url parse failed")),
    (("http:///x",), ("InvalidUrl", "url host is required")),
    (("ftp://h/",), ("InvalidUrl", "unsupported URI scheme (only http and https)")),
    (("/relative",), ("InvalidUrl", "unsupported URI scheme (only http and https)")),
    ((JSObject(url="http://h/", method=1.0),), ("InvalidMethod", "method must be a string")),
    ((JSObject(url="http://h/", method="TRACE"),), ("InvalidMethod", "unsupported method 'TRACE'")),
    ((JSObject(url="http://h/", body=1.0),), ("InvalidBody", "body must be a string, a Uint8Array or undefined")),
    ((JSObject(url="http://h/", maxResponseBytes=0.0),),
     ("InvalidMaxResponseBytes", "maxResponseBytes must be a positive integer")),
    ((JSObject(url="http://h/", headers="x"),), ("InvalidHeaders", "headers must be an object of strings")),
    ((JSObject(url="http://h/", headers=JSObject(a=1.0)),), ("InvalidHeaders", "headers must be an object of strings")),
    ((JSObject(url="http://h/", headers=JSObject({"": "v"})),), ("InvalidHeaders", "header name must be non-empty")),
    ((JSObject(url="http://h/", headers=JSObject({"a\nb": "v"})),), ("InvalidHeaders", "header name contains newline")),
    ((JSObject(url="http://h/", headers=JSObject(a="v\r\n")),), ("InvalidHeaders", "header value contains newline")),
    ((JSObject(url="http://h/", headers=JSObject({"a b": "v"})),), ("RequestInitFailed", "invalid header name 'a b'")),
])
def test_argument_failures(outbound, args, expected) -> None:
    assert failure(fetchSync(*args)) == expected


def test_host_allow_lists(upstream) -> None:
    configure(RuntimeConfig(outbound_hosts=("localhost",)))
    assert failure(fetchSync(upstream.url("/json"))) == ("HostNotAllowed", "host '127.0.0.1' is not in --outbound-host")
    assert fetchSync(upstream.url("/json", host="LocalHost")).status == 200
    configure(RuntimeConfig(outbound_http=True, policy=Policy(egress=("localhost",))))
    assert failure(fetchSync(upstream.url("/json"))) == ("HostNotAllowed", "capability policy")
    # every redirect hop is checked
    hop = upstream.url("/redirect?to=" + upstream.url("/echo"), host="localhost")
    assert failure(fetchSync(hop, JSObject(redirect="follow"))) == ("HostNotAllowed", "capability policy")
    configure(RuntimeConfig(policy=Policy(egress=("localhost",))))  # a derived egress list enables outbound
    assert fetchSync(upstream.url("/json", host="localhost")).status == 200


def test_connect_failures(outbound) -> None:
    code, details = failure(fetchSync(f"http://127.0.0.1:{refusing_port()}/"))
    assert (code, details) == ("ConnectFailed", "Connection refused")
    hole = Blackhole()
    try:
        started = time.perf_counter()
        assert failure(fetchSync(JSObject(url=f"http://127.0.0.1:{hole.port}/", timeoutMs=200.0))) == (
            "ConnectFailed", "connect timeout after 200 ms")
        assert time.perf_counter() - started < 2
    finally:
        hole.close()
    code, details = failure(fetchSync("http://no-such-host.invalid/"))
    assert code == "ConnectFailed" and details.startswith("cannot resolve host")


def test_head_and_body_failures(outbound, upstream) -> None:
    assert failure(fetchSync(upstream.url("/garbage"))) == ("ResponseHeadFailed", "malformed response head")
    assert failure(fetchSync(upstream.url("/close"))) == ("ResponseHeadFailed", "malformed response head")
    assert failure(fetchSync(JSObject(url=upstream.url("/hang?s=2"), timeoutMs=150.0))) == (
        "ResponseHeadFailed", "read timeout after 150 ms")
    code, details = failure(fetchSync(upstream.url("/partial")))
    assert code == "ResponseReadFailed" and "IncompleteRead" in details
    assert failure(fetchSync(JSObject(url=upstream.url("/stall?s=2"), timeoutMs=150.0))) == (
        "ResponseReadFailed", "read timeout after 150 ms")


def test_send_failure(outbound, upstream) -> None:
    body = "x" * (64 * 1024 * 1024)
    code, details = failure(fetchSync(JSObject(url=upstream.url("/sink?s=2"), method="POST", body=body,
                                               timeoutMs=200.0)))
    assert (code, details) == ("RequestSendFailed", "timed out")


def test_response_size_limits(upstream) -> None:
    configure(RuntimeConfig(outbound_max_response=1000))
    assert failure(fetchSync(upstream.url("/huge?n=1001"))) == (
        "ResponseTooLarge", "response exceeded maxResponseBytes (1000 bytes)")
    assert fetchSync(upstream.url("/huge?n=1000")).body == "x" * 1000
    assert failure(fetchSync(JSObject(url=upstream.url("/huge?n=600"), maxResponseBytes=500.0))) == (
        "ResponseTooLarge", "response exceeded maxResponseBytes (500 bytes)")
    assert failure(fetchSync(JSObject(url=upstream.url("/huge?n=1500"), maxResponseBytes=5000.0))) == (
        "ResponseTooLarge", "response exceeded maxResponseBytes (1000 bytes)")  # the smaller limit wins
    configure(RuntimeConfig(outbound_http=True))
    assert failure(fetchSync(upstream.url("/chunked-huge?n=20"))) == (
        "ResponseTooLarge", "response exceeded maxResponseBytes (1048576 bytes)")
    assert fetchSync(upstream.url("/json")).status == 200  # the pool recovers


def test_redirects(outbound, upstream) -> None:
    r = fetchSync(upstream.url("/redirect?n=1"))
    assert (r.status, r.headers.get("location")) == (302, "/echo")
    for status in (301, 302, 303, 307, 308):
        r = fetchSync(upstream.url(f"/redirect?n=2&status={status}"),
                      JSObject(method="POST", body="data", redirect="follow"))
        echoed = json.loads(r.body)
        expected = ("GET", "") if status in (301, 302, 303) else ("POST", "data")
        assert (r.status, echoed["method"], echoed["body"]) == (200, *expected), status
    assert fetchSync(upstream.url("/redirect?n=10"), JSObject(redirect="follow")).status == 200
    assert failure(fetchSync(upstream.url("/redirect?n=11"), JSObject(redirect="follow"))) == (
        "ResponseHeadFailed", "too many redirects (limit 10)")
    other = upstream.url("/echo", host="localhost")
    r = fetchSync(upstream.url(f"/redirect?to={other}"),
                  JSObject(redirect="follow", headers=JSObject(authorization="secret", x="kept")))
    headers = json.loads(r.body)["headers"]
    assert "authorization" not in headers and headers["x"] == "kept"
    assert headers["host"] == f"localhost:{upstream.port}"


def test_proxy_variables_are_ignored(outbound, upstream, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{refusing_port()}")
    assert fetchSync(upstream.url("/json")).status == 200


def test_tls(outbound, ca, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Upstream(tls=ca) as up:
        code, details = failure(fetchSync(up.url("/json")))
        assert code == "ConnectFailed" and details.startswith("TLS handshake failed: ")
        assert "certificate" in details
        monkeypatch.setenv("SSL_CERT_FILE", str(write_ca(ca, tmp_path)))
        from zigttp.vm.modules import transport

        monkeypatch.setattr(transport, "TRANSPORT", transport.Transport())
        r = fetchSync(up.url("/json"))
        assert (r.status, r.body) == (200, '{"id":1,"name":"Ann"}')
    with Upstream(tls=ca, hostnames=("other.test",)) as up:
        code, details = failure(fetchSync(up.url("/json")))
        assert code == "ConnectFailed" and details.startswith("TLS handshake failed: ")  # name mismatch
        assert "127.0.0.1" in details


def test_resolve_override_keeps_tls_name(outbound, ca, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zigttp.vm.modules import transport

    with Upstream(tls=ca, hostnames=("api.example.com",)) as up:
        monkeypatch.setenv("SSL_CERT_FILE", str(write_ca(ca, tmp_path)))
        monkeypatch.setenv(transport.RESOLVE_ENV, f"api.example.com:443=127.0.0.1:{up.port}")
        monkeypatch.setattr(transport, "TRANSPORT", transport.Transport())
        r = fetchSync("https://api.example.com/echo")
        assert r.status == 200 and json.loads(r.body)["headers"]["host"] == "api.example.com"


def test_parallel_overflow(outbound, upstream) -> None:
    def nine(*_: object) -> list:
        return [fetchSync(upstream.url("/json")).status for _ in range(9)]

    statuses = parallel(JSArray([nine]))[0]
    assert statuses == [200] * 8 + [599]
    assert fetchSync(upstream.url("/json")).status == 200  # no limit outside thunks


def test_http_request(outbound, upstream) -> None:
    ok = json.loads(httpRequest(json.dumps({"url": upstream.url("/json")})))
    assert ok == {"ok": True, "status": 200, "reason": "OK", "content_type": "application/json",
                  "body": '{"id":1,"name":"Ann"}'}
    assert list(ok) == ["ok", "status", "reason", "content_type", "body"]
    created = json.loads(httpRequest(json.dumps({"url": upstream.url("/reason")})))
    assert created["ok"] is True and created["reason"] == "Made It" and "content_type" in created
    redirect = json.loads(httpRequest(json.dumps({"url": upstream.url("/redirect?n=1")})))
    assert redirect["ok"] is False and redirect["status"] == 302  # §0.13: ok is 200-299
    gone = json.loads(httpRequest(json.dumps({"url": upstream.url("/status/404")})))
    assert (gone["ok"], gone["status"], gone["reason"]) == (False, 404, "Not Found")
    posted = json.loads(httpRequest(json.dumps({"url": upstream.url("/echo"), "method": "POST", "body": "hi",
                                                "headers": {"x-y": "z"}, "timeout_ms": 5000,
                                                "max_response_bytes": 10000, "redirect": "manual"})))
    echoed = json.loads(posted["body"])
    assert (echoed["method"], echoed["body"], echoed["headers"]["x-y"]) == ("POST", "hi", "z")
    assert json.loads(httpRequest(json.dumps({"url": upstream.url("/echo"), "body": None})))["ok"] is True
    too_big = json.loads(httpRequest(json.dumps({"url": upstream.url("/huge?n=100"), "max_response_bytes": 10})))
    assert too_big == {"ok": False, "error": "ResponseTooLarge", "details": "response exceeded maxResponseBytes (10 bytes)"}


@pytest.mark.parametrize(("arg", "expected"), [
    (None, ("InvalidArgs", "expected one JSON string argument")),
    (JSObject(url="x"), ("InvalidArgs", "expected one JSON string argument")),
    ("{", ("InvalidJson", "failed to parse request JSON")),
    ("NaN", ("InvalidJson", "failed to parse request JSON")),
    ("[1]", ("InvalidJson", "request JSON must be an object")),
    ("{}", ("InvalidUrl", "missing url field")),
    ('{"url":"http://h/","body":5}', ("InvalidBody", "body must be a string, a Uint8Array or undefined")),
    ('{"url":"http://h/","timeout_ms":-1}', ("InvalidArgs", "timeoutMs must be a positive integer")),
])
def test_http_request_failures(outbound, arg, expected) -> None:
    code, details = expected
    assert json.loads(httpRequest(arg)) == {"ok": False, "error": code, "details": details}


def test_fetch_from_a_handler(outbound, upstream) -> None:
    program = load_js(f"""
export function handler(req: Request): Response {{
  const r = fetchSync("{upstream.url('/json')}");
  const bad = fetchSync("ftp://x/");
  return Response.json({{ status: r.status, name: r.json().name, bad: bad.error, details: bad.details,
                          text: bad.statusText }});
}}
""")
    out = call(program)
    assert json.loads(out.body) == {"status": 200, "name": "Ann", "bad": "InvalidUrl", "text": "InvalidUrl",
                                    "details": "unsupported URI scheme (only http and https)"}
    program = load_js("export function handler(req: Request): Response {\n"
                      "  return fetchSync('http://127.0.0.1:1/', { timeoutMs: -1 });\n}\n")
    out = call(program)
    assert (out.status, out.reason) == (599, "InvalidArgs")
    assert out.body == b'{"ok":false,"error":"InvalidArgs","details":"timeoutMs must be a positive integer"}'


def test_handler_timeout_interrupts_a_fetch(outbound, upstream) -> None:
    from zigttp.vm import respond

    started = time.perf_counter()
    out = respond.handle(lambda req: fetchSync(upstream.url("/hang?s=3")), make_request("/"), timeout_ms=200)
    assert out.status == 504 and time.perf_counter() - started < 1
    assert fetchSync(upstream.url("/json")).status == 200  # the pool is usable afterwards


def test_request_end_aborts_background_fetches(outbound, upstream) -> None:
    from zigttp.vm.modules import context

    contexts: list = []

    def slow(*_: object) -> int:
        contexts.append(context.current_thunk())
        return fetchSync(upstream.url("/hang?s=3")).status

    assert race(JSArray([slow, lambda: "fast"])) == "fast"
    time.sleep(0.1)  # the slow thunk is now waiting for its response
    context.end_request()
    thread = contexts[0].thread
    thread.join(1.0)
    assert not thread.is_alive()  # its socket was shut down: it did not wait 3 s
