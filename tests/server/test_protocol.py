"""HTTP/1.x behaviour of the server on real sockets (SPEC §17.2)."""

from __future__ import annotations

import http.client
import json
import re

from conftest import Server, read_response, split_response

DATE = re.compile(rb"date: [A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT\r\n")


def normalise(raw: bytes) -> bytes:
    """Replace the date line so responses compare exactly."""
    return DATE.sub(b"date: <date>\r\n", raw)


def get(path: str, extra: str = "") -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: t\r\n{extra}\r\n".encode()


def test_get_text_exact_bytes(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(get("/text"))
        raw = read_response(sock)
    assert normalise(raw) == (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 5\r\n"
        b"date: <date>\r\nconnection: keep-alive\r\n\r\nhello"
    )


def test_post_echo_query_headers_and_body(server: Server) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    body = "h\u00e9llo \U0001F600".encode()
    conn.putrequest("POST", "/echo?a=1&b=x+y&a=2&c&&d=%E2%82%AC&bad=%zz", skip_accept_encoding=True)
    conn.putheader("Content-Length", str(len(body)))
    conn.putheader("X-Multi", "one")
    conn.putheader("x-multi", "two")
    conn.putheader("Cookie", "a=1")
    conn.putheader("Cookie", "b=2")
    conn.putheader("X-Spaces", "  padded\t ")
    conn.endheaders(body)
    resp = conn.getresponse()
    data = json.loads(resp.read())
    assert resp.status == 200
    assert resp.getheader("content-type") == "application/json"
    assert data["method"] == "POST"
    assert data["url"] == "/echo?a=1&b=x+y&a=2&c&&d=%E2%82%AC&bad=%zz"
    assert data["path"] == "/echo"
    assert data["query"] == {"a": "2", "b": "x y", "c": "", "d": "\u20ac", "bad": "%zz"}
    assert list(data["query"]) == ["a", "b", "c", "d", "bad"]
    assert data["headers"]["x-multi"] == "one, two"
    assert data["headers"]["cookie"] == "a=1; b=2"
    assert data["headers"]["x-spaces"] == "padded"
    assert data["body"] == "h\u00e9llo \U0001F600"
    conn.close()


def test_invalid_utf8_body_becomes_replacement_character(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\na\xffb")
        _, _, body = split_response(read_response(sock))
    assert json.loads(body)["body"] == "a\ufffdb"


def test_keep_alive_several_requests_one_connection(server: Server) -> None:
    with server.connect() as sock:
        buf = bytearray()
        for i in range(5):
            sock.sendall(get(f"/echo?i={i}"))
            status, headers, body = split_response(read_response(sock, buf))
            assert status == "HTTP/1.1 200 OK"
            assert headers["connection"] == ["keep-alive"]
            assert json.loads(body)["query"] == {"i": str(i)}


def test_pipelined_requests_answered_in_order(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(b"".join(get(f"/echo?n={i}") for i in range(10)) + get("/text", "Connection: close\r\n"))
        buf = bytearray()
        for i in range(10):
            _, _, body = split_response(read_response(sock, buf))
            assert json.loads(body)["query"] == {"n": str(i)}
        status, headers, body = split_response(read_response(sock, buf))
        assert headers["connection"] == ["close"] and body == b"hello"
        assert sock.recv(100) == b""


def test_head_sends_length_without_body(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(b"HEAD /text HTTP/1.1\r\nHost: t\r\n\r\n" + get("/text"))
        buf = bytearray()
        head = read_response(sock, buf, head=True)
        assert head.endswith(b"content-length: 5\r\n" + head.split(b"content-length: 5\r\n")[1])
        assert head.endswith(b"\r\n\r\n")
        status, _, body = split_response(read_response(sock, buf))
        assert status == "HTTP/1.1 200 OK" and body == b"hello"


def test_head_runs_handler_with_method_head(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(b"HEAD /echo HTTP/1.1\r\nHost: t\r\n\r\n")
        raw = read_response(sock, head=True)
    assert b"content-type: application/json\r\n" in raw
    assert raw.endswith(b"\r\n\r\n")


def test_chunked_request_body(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: ignored\r\n\r\n")
        _, _, body = split_response(read_response(sock))
    data = json.loads(body)
    assert data["body"] == "hello, world"
    assert "x-trailer" not in data["headers"]


def test_chunked_body_in_pieces(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab")
        sock.sendall(b"c\r\n")
        sock.sendall(b"0\r\n\r\n")
        _, _, body = split_response(read_response(sock))
    assert json.loads(body)["body"] == "abc"


def test_expect_100_continue(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n")
        buf = bytearray()
        assert read_response(sock, buf) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(b"data")
        status, _, body = split_response(read_response(sock, buf))
    assert status == "HTTP/1.1 200 OK" and json.loads(body)["body"] == "data"


def test_empty_body_is_undefined(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n")
        _, _, body = split_response(read_response(sock))
    assert "body" not in json.loads(body)


def test_http10_closes_by_default(server: Server) -> None:
    raw = server.exchange(b"GET /text HTTP/1.0\r\n\r\n")
    assert normalise(raw) == (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 5\r\n"
        b"date: <date>\r\nconnection: close\r\n\r\nhello"
    )


def test_http10_keep_alive_on_request(server: Server) -> None:
    with server.connect() as sock:
        buf = bytearray()
        for _ in range(2):
            sock.sendall(b"GET /text HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            _, headers, body = split_response(read_response(sock, buf))
            assert headers["connection"] == ["keep-alive"] and body == b"hello"


def test_connection_close_requested(server: Server) -> None:
    raw = server.exchange(get("/text", "Connection: close\r\n"))
    assert b"\r\nconnection: close\r\n" in raw and raw.endswith(b"hello")


def test_handler_headers_order_cookies_and_dropped_headers(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(get("/headers"))
        raw = read_response(sock)
    assert normalise(raw) == (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/plain; charset=utf-8\r\nset-cookie: a=1\r\n"
        b"set-cookie: b=2\r\nx-custom: v\r\ncontent-length: 4\r\ndate: <date>\r\n"
        b"connection: keep-alive\r\n\r\nbody"
    )


def test_handler_date_is_kept(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(get("/date"))
        raw = read_response(sock)
    assert raw.count(b"date: ") == 1
    assert b"date: Thu, 01 Jan 1970 00:00:00 GMT\r\n" in raw


def test_unknown_status_has_empty_reason(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(get("/status"))
        raw = read_response(sock)
    assert raw.startswith(b"HTTP/1.1 299 \r\ncontent-length: 0\r\n")


def test_custom_token_method_reaches_handler(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(b"BREW /echo HTTP/1.1\r\nHost: t\r\n\r\n")
        _, _, body = split_response(read_response(sock))
    assert json.loads(body)["method"] == "BREW"


def test_upgrade_request_is_served_as_http11(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(b"GET /text HTTP/1.1\r\nHost: t\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n"
                     + get("/echo?after=1"))
        buf = bytearray()
        assert split_response(read_response(sock, buf))[2] == b"hello"
        assert json.loads(split_response(read_response(sock, buf))[2])["query"] == {"after": "1"}


def test_large_response_body(server: Server) -> None:
    with server.connect() as sock:
        sock.sendall(get("/big?n=3000000"))
        _, headers, body = split_response(read_response(sock))
    assert headers["content-length"] == ["3000000"] and body == b"x" * 3000000


def test_thousandth_request_closes(server: Server) -> None:
    with server.connect() as sock:
        buf = bytearray()
        batch = get("/text") * 100
        for _ in range(10):
            sock.sendall(batch)
        statuses = []
        for _ in range(1000):
            statuses.append(split_response(read_response(sock, buf))[1]["connection"][0])
        assert statuses[:999] == ["keep-alive"] * 999
        assert statuses[999] == "close"
        sock.settimeout(5)
        try:
            rest = sock.recv(100)
        except (TimeoutError, ConnectionResetError):
            rest = b""
        assert rest == b""


def test_repeated_agreeing_content_lengths(server: Server) -> None:
    for head in (b"Content-Length: 3\r\ncontent-length: 3\r\n", b"Content-Length: 3, 3\r\n",
                 b"Content-Length: 3\r\nX-A: 1\r\nContent-Length: 03\r\n"):
        with server.connect() as sock:
            sock.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\n" + head + b"\r\nabc")
            status, _, body = split_response(read_response(sock))
        assert status == "HTTP/1.1 200 OK" and json.loads(body)["body"] == "abc"
    with server.connect() as sock:
        sock.sendall(b"PATCHY /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nhi")
        data = json.loads(split_response(read_response(sock))[2])
    assert data["method"] == "PATCHY" and data["body"] == "hi"
    assert data["headers"]["content-length"] == "2"
