"""Access and error lines (SPEC §17.3) and CORS (§17.5)."""

from __future__ import annotations

import re

from conftest import read_response, split_response
from zigttp.vm.accesslog import access_line, error_line, printable_target, timestamp

ACCESS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z w(\d+) (\S+) (\S+) (\d{3}) (\d+)B (\d+\.\d)ms")


def test_access_line_format(make_server) -> None:
    srv = make_server({"workers": 1})
    with srv.connect() as sock:
        sock.sendall(b"GET /echo?q=%20x HTTP/1.1\r\nHost: t\r\n\r\nHEAD /text HTTP/1.1\r\nHost: t\r\n\r\n")
        buf = bytearray()
        body = split_response(read_response(sock, buf))[2]
        read_response(sock, buf, head=True)
    first = srv.wait_for(r" GET /echo")
    head = srv.wait_for(r" HEAD /text")
    match = ACCESS.fullmatch(first)
    assert match and match.groups()[:5] == ("1", "GET", "/echo?q=%20x", "200", str(len(body)))
    assert ACCESS.fullmatch(head).groups()[:5] == ("1", "HEAD", "/text", "200", "0")


def test_quiet_suppresses_only_access_lines(make_server) -> None:
    srv = make_server({"workers": 1, "quiet": True})
    with srv.connect() as sock:
        sock.sendall(b"GET /text HTTP/1.1\r\nHost: t\r\n\r\nGET /undefined HTTP/1.1\r\nHost: t\r\n\r\n")
        buf = bytearray()
        read_response(sock, buf)
        read_response(sock, buf)
    assert srv.wait_for(r"w1 ERROR GET /undefined: handler returned undefined, expected a Response")
    assert not any(ACCESS.fullmatch(line) for line in srv.lines)


def test_cors_preflight_and_header(make_server) -> None:
    srv = make_server({"workers": 1, "cors": True})
    with srv.connect() as sock:
        buf = bytearray()
        sock.sendall(b"OPTIONS /x HTTP/1.1\r\nHost: t\r\nOrigin: http://a\r\n"
                     b"Access-Control-Request-Method: PUT\r\n\r\n")
        status, headers, body = split_response(read_response(sock, buf))
        assert status == "HTTP/1.1 204 No Content" and body == b""
        assert headers["access-control-allow-origin"] == ["*"]
        assert headers["access-control-allow-methods"] == ["GET, POST, PUT, PATCH, DELETE, OPTIONS"]
        assert headers["access-control-allow-headers"] == ["Content-Type, Authorization"]
        assert headers["access-control-max-age"] == ["86400"]
        sock.sendall(b"OPTIONS /x HTTP/1.1\r\nHost: t\r\nOrigin: http://a\r\n"
                     b"Access-Control-Request-Method: PUT\r\nAccess-Control-Request-Headers: x-a, x-b\r\n\r\n")
        assert split_response(read_response(sock, buf))[1]["access-control-allow-headers"] == ["x-a, x-b"]
        sock.sendall(b"OPTIONS /echo HTTP/1.1\r\nHost: t\r\n\r\n")  # not a preflight: the handler answers
        status, headers, body = split_response(read_response(sock, buf))
        assert status == "HTTP/1.1 200 OK" and b'"method":"OPTIONS"' in body
        assert headers["access-control-allow-origin"] == ["*"]
        sock.sendall(b"GET /text HTTP/1.1\r\nHost: t\r\n\r\n")
        assert split_response(read_response(sock, buf))[1]["access-control-allow-origin"] == ["*"]
    raw = srv.exchange(b"GET / HTTP/1.1\r\n\r\n")
    assert split_response(raw)[1]["access-control-allow-origin"] == ["*"]


def test_timestamp_and_lines() -> None:
    assert timestamp(1746093600.1234) == "2025-05-01T10:00:00.123Z"
    assert access_line(3, "GET", b"/users/42", 200, 29, 0.84, now=1746093600.1234) == \
        "2025-05-01T10:00:00.123Z w3 GET /users/42 200 29B 0.8ms\n"
    assert access_line(1, None, None, 431, 31, 0.0, now=0.0) == "1970-01-01T00:00:00.000Z w1 - - 431 31B 0.0ms\n"
    assert error_line(2, "POST", "/x", "handler timed out after 5 ms", now=0.5) == \
        "1970-01-01T00:00:00.500Z w2 ERROR POST /x: handler timed out after 5 ms\n"


def test_printable_target() -> None:
    assert printable_target(b"/a\x01b\xff c") == "/a\\x01b\\xff\\x20c"
    assert printable_target(b"/" + b"a" * 3000) == "/" + "a" * 2047
    assert len(printable_target(b"\x00" * 3000)) == 2048
    assert printable_target(None) == "-"


METRICS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z metrics requests=(\d+) errors=(\d+) timeouts=(\d+) "
                     r"rps=(\d+\.\d) p50=(\d+\.\d)ms p95=(\d+\.\d)ms p99=(\d+\.\d)ms busy=(\d+)/2")


def test_metrics_lines(make_server) -> None:
    srv = make_server({"workers": 2, "quiet": True, "metrics_every": 1, "timeout_ms": 300})
    start = len(srv.lines)
    with srv.connect() as sock:
        buf = bytearray()
        for path in ("/text", "/text", "/sleep?s=0.05", "/error", "/spin"):
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: t\r\n\r\n".encode())
            read_response(sock, buf)
    totals = [0, 0, 0]
    p99 = 0.0
    for _ in range(3):
        line = srv.wait_for(METRICS, timeout=5, start=start)
        assert line is not None
        start = srv.lines.index(line) + 1
        groups = METRICS.fullmatch(line).groups()
        for i in range(3):
            totals[i] += int(groups[i])
        p99 = max(p99, float(groups[6]))
        if totals[0] == 5:
            break
    assert totals == [5, 1, 1]
    assert 280 <= p99 <= 400  # the /spin request ran until the 300 ms timeout
    assert srv.wait_for(r" metrics requests=0 errors=0 timeouts=0 rps=0\.0 p50=0\.0ms p95=0\.0ms "
                        r"p99=0\.0ms busy=0/2$", timeout=5, start=start)
