"""Server-generated statuses of SPEC §17.2 with their exact bytes, and handler failures."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator

import pytest
from conftest import Server, read_all, read_response
from test_protocol import normalise
from zigttp.vm.http_values import reason_phrase


def expected(status: int, connection: str = "close") -> bytes:
    phrase = reason_phrase(status).encode()
    return (b"HTTP/1.1 %d %s\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: %d\r\n"
            b"date: <date>\r\nconnection: %s\r\n\r\n%s"
            % (status, phrase, len(phrase), connection.encode(), phrase))


@pytest.fixture(scope="module")
def strict() -> Iterator[Server]:
    srv = Server({"workers": 1, "max_body": 1024, "header_timeout": 0.6, "idle_timeout": 0.6,
                  "timeout_ms": 500})
    assert srv.port, "\n".join(srv.lines)
    yield srv
    srv.stop()


def answer(srv: Server, data: bytes) -> bytes:
    return normalise(srv.exchange(data))


BAD_REQUESTS = {
    "garbage request line": b"NOT A REQUEST\r\n\r\n",
    "missing version": b"GET /\r\nHost: t\r\n\r\n",
    "lf only": b"GET / HTTP/1.1\nHost: t\n\n",
    "absolute-form target": b"GET http://t/ HTTP/1.1\r\nHost: t\r\n\r\n",
    "asterisk target": b"OPTIONS * HTTP/1.1\r\nHost: t\r\n\r\n",
    "missing host": b"GET / HTTP/1.1\r\n\r\n",
    "two hosts": b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
    "invalid header name": b"GET / HTTP/1.1\r\nHost: t\r\nBad Name: x\r\n\r\n",
    "space before colon": b"GET / HTTP/1.1\r\nHost : t\r\n\r\n",
    "obsolete line folding": b"GET / HTTP/1.1\r\nHost: t\r\nX-A: a\r\n  folded\r\n\r\n",
    "nul in header value": b"GET / HTTP/1.1\r\nHost: t\r\nX-A: a\x00b\r\n\r\n",
    "bad content-length": b"POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1x\r\n\r\n",
    "disagreeing content-lengths": b"POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxy",
    "disagreeing content-length list": b"POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1, 2\r\n\r\nxy",
    "signed content-length": b"POST / HTTP/1.1\r\nHost: t\r\nContent-Length: +1\r\n\r\nx",
    "length and chunked": b"POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
    "bad chunk size": b"POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    "control byte in target": b"GET /a\x01b HTTP/1.1\r\nHost: t\r\n\r\n",
}


@pytest.mark.parametrize("name", sorted(BAD_REQUESTS))
def test_400(strict: Server, name: str) -> None:
    assert answer(strict, BAD_REQUESTS[name]) == expected(400)


@pytest.mark.parametrize("te", [b"gzip", b"gzip, chunked", b"chunked, gzip", b"identity"])
def test_501_transfer_coding(strict: Server, te: bytes) -> None:
    data = b"POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: " + te + b"\r\n\r\n"
    assert answer(strict, data) == expected(501)


@pytest.mark.parametrize("version", [b"HTTP/2.0", b"HTTP/1.2", b"HTTP/0.9", b"HTTP/3.0"])
def test_505_version(strict: Server, version: bytes) -> None:
    assert answer(strict, b"GET / " + version + b"\r\nHost: t\r\n\r\n") == expected(505)


def test_413_content_length(strict: Server) -> None:
    data = b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1025\r\n\r\n"
    assert answer(strict, data) == expected(413)


def test_body_at_limit_is_accepted(strict: Server) -> None:
    with strict.connect() as sock:
        sock.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1024\r\n\r\n" + b"x" * 1024)
        assert read_response(sock).startswith(b"HTTP/1.1 200 OK\r\n")


def test_413_chunked(strict: Server) -> None:
    data = (b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"400\r\n" + b"x" * 1024 + b"\r\n1\r\ny\r\n0\r\n\r\n")
    assert answer(strict, data) == expected(413)


def test_413_before_100_continue(strict: Server) -> None:
    data = b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n"
    assert answer(strict, data) == expected(413)


def test_414_long_target(strict: Server) -> None:
    data = b"GET /" + b"a" * 8192 + b" HTTP/1.1\r\nHost: t\r\n\r\n"
    assert answer(strict, data) == expected(414)


def test_target_at_limit_is_accepted(strict: Server) -> None:
    with strict.connect() as sock:
        sock.sendall(b"GET /" + b"a" * 8191 + b" HTTP/1.1\r\nHost: t\r\n\r\n")
        assert read_response(sock).startswith(b"HTTP/1.1 404 Not Found\r\n")


def test_431_too_many_header_lines(strict: Server) -> None:
    headers = b"".join(b"X-%d: v\r\n" % i for i in range(100))
    assert answer(strict, b"GET / HTTP/1.1\r\nHost: t\r\n" + headers + b"\r\n") == expected(431)


def test_100_header_lines_are_accepted(strict: Server) -> None:
    headers = b"".join(b"X-%d: v\r\n" % i for i in range(99))
    with strict.connect() as sock:
        sock.sendall(b"GET /text HTTP/1.1\r\nHost: t\r\n" + headers + b"\r\n")
        assert read_response(sock).startswith(b"HTTP/1.1 200 OK\r\n")


def test_431_large_head(strict: Server) -> None:
    headers = b"".join(b"X-%d: %s\r\n" % (i, b"v" * 4000) for i in range(9))
    assert answer(strict, b"GET / HTTP/1.1\r\nHost: t\r\n" + headers + b"\r\n") == expected(431)


def test_431_endless_header_line(strict: Server) -> None:
    with strict.connect() as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: t\r\nX-Long: ")
        try:
            for _ in range(20):
                sock.sendall(b"v" * 8192)
        except (BrokenPipeError, ConnectionResetError):
            pass
        assert normalise(read_all(sock)) == expected(431)


def test_408_incomplete_headers(strict: Server) -> None:
    with strict.connect() as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: t\r\n")
        assert normalise(read_all(sock)) == expected(408)


def test_408_stalled_body(strict: Server) -> None:
    with strict.connect() as sock:
        sock.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc")
        assert normalise(read_all(sock)) == expected(408)


def test_idle_connection_closed_silently(strict: Server) -> None:
    with strict.connect() as sock:
        sock.sendall(b"GET /text HTTP/1.1\r\nHost: t\r\n\r\n")
        read_response(sock)
        started = time.monotonic()
        assert read_all(sock) == b""
        assert time.monotonic() - started < 5


def test_fresh_connection_without_bytes_closed_silently(strict: Server) -> None:
    with strict.connect() as sock:
        assert read_all(sock) == b""


def test_500_runtime_error_keeps_connection(strict: Server) -> None:
    start = len(strict.lines)
    with strict.connect() as sock:
        sock.sendall(b"GET /error HTTP/1.1\r\nHost: t\r\n\r\n")
        assert normalise(read_response(sock)) == expected(500, "keep-alive")
        sock.sendall(b"GET /text HTTP/1.1\r\nHost: t\r\n\r\n")
        assert read_response(sock).endswith(b"hello")
    line = strict.wait_for(r" ERROR GET /error: ", start=start)
    assert line is not None and re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z w1 ERROR GET /error: app\.ts:3:14 TypeError: "
        r"Cannot read properties of undefined \(reading 'x'\)", line)
    error_at = strict.lines.index(line)
    access = strict.wait_for(r" w1 GET /error 500 21B ", start=start)
    assert access is not None and strict.lines.index(access) > error_at


@pytest.mark.parametrize(("path", "kind"), [("/number", "number"), ("/array", "array"),
                                            ("/undefined", "undefined")])
def test_500_bad_return_value(strict: Server, path: str, kind: str) -> None:
    start = len(strict.lines)
    with strict.connect() as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: t\r\n\r\n".encode())
        assert normalise(read_response(sock)) == expected(500, "keep-alive")
    assert strict.wait_for(f"w1 ERROR GET {path}: handler returned {kind}, expected a Response$",
                           start=start)


def test_504_timeout_and_worker_continues(strict: Server) -> None:
    start = len(strict.lines)
    with strict.connect() as sock:
        sock.sendall(b"GET /spin HTTP/1.1\r\nHost: t\r\n\r\n")
        assert normalise(read_response(sock)) == expected(504, "keep-alive")
        sock.sendall(b"GET /text HTTP/1.1\r\nHost: t\r\n\r\n")
        assert read_response(sock).endswith(b"hello")
    assert strict.wait_for(r"w1 ERROR GET /spin: handler timed out after 500 ms$", start=start)
    assert strict.wait_for(r"w1 GET /spin 504 15B \d+\.\dms$", start=start)


def test_malformed_requests_never_kill_the_worker(strict: Server) -> None:
    for data in BAD_REQUESTS.values():
        strict.exchange(data)
    with strict.connect() as sock:
        sock.sendall(b"GET /text HTTP/1.1\r\nHost: t\r\n\r\n")
        assert read_response(sock).endswith(b"hello")
    assert not any("Traceback" in line or "exited unexpectedly" in line for line in strict.lines)


def test_early_error_logs_dash(strict: Server) -> None:
    start = len(strict.lines)
    strict.exchange(b"NOT A REQUEST\r\n\r\n")
    assert strict.wait_for(r"w1 - - 400 11B 0\.0ms$", start=start)


def test_client_reset_mid_request(strict: Server) -> None:
    sock = strict.connect()
    sock.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nabc")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    sock.close()
    with strict.connect() as sock:
        sock.sendall(b"GET /text HTTP/1.1\r\nHost: t\r\n\r\n")
        assert read_response(sock).endswith(b"hello")


def test_custom_method_requests_keep_their_statuses(strict: Server) -> None:
    data = b"BREW /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n\r\n"
    assert answer(strict, data) == expected(413)
    raw = strict.exchange(b"BREW /text HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
    assert raw.startswith(b"HTTP/1.1 200 OK\r\n") and raw.endswith(b"hello")
    assert not any("internal error" in line for line in strict.lines)
