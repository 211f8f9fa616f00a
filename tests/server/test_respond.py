"""respond.py: handler calls, return-value conversion and serialisation (SPEC §10.2, §16.5, §17.2)."""

from __future__ import annotations

import time

from zigttp.vm.http_values import RESPONSE, Request
from zigttp.vm.respond import Outcome, handle, imf_date, outcome_of, render_run, render_wire, server_outcome
from zigttp.vm.values import JSArray, JSError, JSObject


def req() -> Request:
    return Request.from_wire("GET", "/x", [], None)


def test_string_return() -> None:
    out = handle(lambda r: "hi \U0001F600", req())
    assert (out.status, out.reason, out.headers, out.body, out.error) == (
        200, "OK", [("content-type", "text/plain; charset=utf-8")], "hi \U0001F600".encode(), None)


def test_response_return_drops_hop_headers() -> None:
    resp = RESPONSE("b", JSObject(status=201.0, headers=JSObject({
        "Content-Length": "9", "Transfer-Encoding": "chunked", "Connection": "close", "Keep-Alive": "x",
        "X-A": "1"})))
    out = handle(lambda r: resp, req())
    assert out.status == 201 and out.reason == "Created"
    assert out.headers == [("content-type", "text/plain; charset=utf-8"), ("x-a", "1")]


def test_bad_returns() -> None:
    cases = [(None, "undefined"), (True, "boolean"), (1.0, "number"), (JSObject(), "object"),
             (JSArray(), "array"), (lambda *a: None, "function"), (Request.from_wire("GET", "/", [], None), "object")]
    for value, kind in cases:
        out = outcome_of(value)
        assert out.status == 500 and out.body == b"Internal Server Error"
        assert out.error == f"handler returned {kind}, expected a Response"


def test_runtime_error_text() -> None:
    def fail(r):
        raise JSError("TypeError", "x is not a function", ("api.ts", 4, 10))

    out = handle(fail, req())
    assert out.status == 500 and out.error == "api.ts:4:10 TypeError: x is not a function"


def test_timeout_interrupts_handler() -> None:
    def spin(r):
        while True:
            time.sleep(0.01)

    out = handle(spin, req(), timeout_ms=50)
    assert (out.status, out.reason, out.body) == (504, "Gateway Timeout", b"Gateway Timeout")
    assert out.error == "handler timed out after 50 ms" and out.timed_out
    assert handle(lambda r: "ok", req(), timeout_ms=50).body == b"ok"
    time.sleep(0.1)  # no stray alarm after a handler that finished in time


def test_render_wire() -> None:
    out = Outcome(200, "OK", [("content-type", "text/plain"), ("set-cookie", "a=1"), ("set-cookie", "b=2")], b"hey")
    assert render_wire(out, keep_alive=True, date="D") == (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\nset-cookie: a=1\r\nset-cookie: b=2\r\n"
        b"content-length: 3\r\ndate: D\r\nconnection: keep-alive\r\n\r\nhey")
    assert render_wire(out, head=True, keep_alive=False, date=None) == (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\nset-cookie: a=1\r\nset-cookie: b=2\r\n"
        b"content-length: 3\r\nconnection: close\r\n\r\n")
    dated = Outcome(200, "OK", [("date", "Mine")], b"")
    assert render_wire(dated, date="D").count(b"date: ") == 1
    assert render_wire(Outcome(304, "Not Modified", [], length=10)).startswith(
        b"HTTP/1.1 304 Not Modified\r\ncontent-length: 10\r\n")
    utf8 = Outcome(200, "OK", [("x-name", "caf\u00e9")], b"")
    assert b"x-name: caf\xc3\xa9\r\n" in render_wire(utf8)


def test_render_run() -> None:
    out = outcome_of(RESPONSE.js_get("json")(JSObject(message="Hello")))
    assert render_run(out) == (b'HTTP/1.1 200 OK\ncontent-type: application/json\ncontent-length: 19\n\n'
                               b'{"message":"Hello"}\n')
    assert render_run(server_outcome(500)) == (
        b"HTTP/1.1 500 Internal Server Error\ncontent-type: text/plain; charset=utf-8\n"
        b"content-length: 21\n\nInternal Server Error\n")


def test_status_text_and_599() -> None:
    custom = outcome_of(RESPONSE("x", JSObject(status=200.0, statusText="Fine")))
    assert custom.reason == "Fine"
    assert outcome_of(RESPONSE("x", JSObject(status=299.0))).reason == ""


def test_imf_date() -> None:
    assert imf_date(784111777) == "Sun, 06 Nov 1994 08:49:37 GMT"
    assert imf_date(0) == "Thu, 01 Jan 1970 00:00:00 GMT"


def test_interrupt_hooks_fire_from_watchdog() -> None:
    from zigttp.vm import respond

    calls: list[bool] = []
    respond.INTERRUPT_HOOKS.append(calls.append)
    try:
        def spin(r):  # like native code: SIGALRM cannot interrupt it, only the hook flag stops it
            import signal

            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            try:
                while not calls or not calls[-1]:
                    time.sleep(0.005)
            finally:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})
            while True:
                time.sleep(0.005)

        out = handle(spin, req(), timeout_ms=50)
        assert out.status == 504 and calls[0] is False and True in calls
        calls.clear()
        assert handle(lambda r: "ok", req(), timeout_ms=50).body == b"ok"
        time.sleep(0.1)
        assert calls == [False]
    finally:
        respond.INTERRUPT_HOOKS.remove(calls.append)
