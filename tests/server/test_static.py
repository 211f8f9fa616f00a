"""Static files under /static/ (SPEC §17.6)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Server, read_response, split_response
from zigttp.vm.static import content_type


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("static")
    (root / "index.html").write_text("<h1>hi</h1>")
    (root / "app.JS").write_text("console.log(1)")
    (root / "sub").mkdir()
    (root / "sub" / "data.json").write_text('{"a":1}')
    (root / "sub" / "blob.bin").write_bytes(bytes(range(256)) * 400)  # 100 KiB: not cached
    (root / "sp ace.txt").write_text("space")
    (root / "é.txt").write_text("accent")
    (root / ".hidden").write_text("secret")
    (root / "changing.txt").write_text("v1")
    outside = root.parent / "outside.txt"
    outside.write_text("outside")
    (root / "link.txt").symlink_to(outside)
    (root / "inner-link.txt").symlink_to(root / "index.html")
    return root


@pytest.fixture(scope="module")
def srv(files: Path) -> Iterator[Server]:
    server = Server({"workers": 1, "static_dir": str(files)})
    assert server.port, "\n".join(server.lines)
    yield server
    server.stop()


def request(srv: Server, method: str, path: str, extra: str = "") -> tuple[str, dict, bytes]:
    with srv.connect() as sock:
        sock.sendall(f"{method} {path} HTTP/1.1\r\nHost: t\r\n{extra}\r\n".encode())
        return split_response(read_response(sock, head=method == "HEAD"))


def test_serves_file_with_validators(srv: Server, files: Path) -> None:
    status, headers, body = request(srv, "GET", "/static/index.html?ignored=1")
    assert status == "HTTP/1.1 200 OK" and body == b"<h1>hi</h1>"
    assert list(headers) == ["content-type", "etag", "last-modified", "cache-control", "content-length",
                             "date", "connection"]
    assert headers["content-type"] == ["text/html; charset=utf-8"]
    assert re.fullmatch(r'"[0-9a-f]{16}"', headers["etag"][0])
    assert headers["cache-control"] == ["no-cache"]
    assert headers["content-length"] == ["11"]
    assert re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT", headers["last-modified"][0])


def test_head_and_nested_and_encoded_names(srv: Server) -> None:
    status, headers, body = request(srv, "HEAD", "/static/sub/data.json")
    assert status == "HTTP/1.1 200 OK" and body == b"" and headers["content-length"] == ["7"]
    assert headers["content-type"] == ["application/json"]
    assert request(srv, "GET", "/static/sp%20ace.txt")[2] == b"space"
    assert request(srv, "GET", "/static/%C3%A9.txt")[2] == b"accent"
    assert request(srv, "GET", "/static/app.JS")[1]["content-type"] == ["text/javascript; charset=utf-8"]
    assert request(srv, "GET", "/static/inner-link.txt")[2] == b"<h1>hi</h1>"
    big = request(srv, "GET", "/static/sub/blob.bin")
    assert big[2] == bytes(range(256)) * 400 and big[1]["content-type"] == ["application/octet-stream"]


@pytest.mark.parametrize("path", [
    "/static/", "/static/.hidden", "/static/sub/../index.html", "/static/%2e%2e/outside.txt",
    "/static/sub//data.json", "/static/./index.html", "/static/sub/", "/static/a%5cb", "/static/a%00b",
    "/static/C:/x", "/static/link.txt", "/static/%ff",
])
def test_forbidden(srv: Server, path: str) -> None:
    status, headers, body = request(srv, "GET", path)
    assert (status, body) == ("HTTP/1.1 403 Forbidden", b"Forbidden")
    assert headers["content-type"] == ["text/plain; charset=utf-8"]


def test_not_found_and_method_not_allowed(srv: Server) -> None:
    assert request(srv, "GET", "/static/nope.txt")[::2] == ("HTTP/1.1 404 Not Found", b"Not Found")
    assert request(srv, "GET", "/static/sub")[0] == "HTTP/1.1 404 Not Found"  # a directory
    status, headers, body = request(srv, "POST", "/static/index.html", "Content-Length: 0\r\n")
    assert (status, body) == ("HTTP/1.1 405 Method Not Allowed", b"Method Not Allowed")
    assert headers["allow"] == ["GET, HEAD"]


def test_conditional_requests(srv: Server) -> None:
    _, headers, _ = request(srv, "GET", "/static/index.html")
    etag, modified = headers["etag"][0], headers["last-modified"][0]
    for condition in (f"If-None-Match: {etag}", f"If-None-Match: \"x\", W/{etag}", "If-None-Match: *",
                      f"If-Modified-Since: {modified}", "If-Modified-Since: Fri, 01 Jan 2100 00:00:00 GMT"):
        status, h, body = request(srv, "GET", "/static/index.html", condition + "\r\n")
        assert status == "HTTP/1.1 304 Not Modified" and body == b"", condition
        assert h["etag"] == [etag] and h["last-modified"] == [modified] and h["cache-control"] == ["no-cache"]
        assert "content-type" not in h
    for condition in ('If-None-Match: "0000000000000000"', "If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT",
                      f'If-None-Match: "nope"\r\nIf-Modified-Since: {modified}'):
        assert request(srv, "GET", "/static/index.html", condition + "\r\n")[0] == "HTTP/1.1 200 OK"


def test_cache_revalidates_changed_file(srv: Server, files: Path) -> None:
    assert request(srv, "GET", "/static/changing.txt")[2] == b"v1"
    target = files / "changing.txt"
    target.write_text("version 2")
    stat = target.stat()
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert request(srv, "GET", "/static/changing.txt")[2] == b"version 2"


def test_other_paths_reach_handler(srv: Server) -> None:
    assert request(srv, "GET", "/text")[2] == b"hello"
    assert request(srv, "GET", "/static")[0] == "HTTP/1.1 404 Not Found"
    assert b'"error":"not found"' in request(srv, "GET", "/static")[2]


def test_content_types() -> None:
    assert content_type("a.HTM") == "text/html; charset=utf-8"
    assert content_type("a.woff2") == "font/woff2"
    assert content_type("a.webmanifest") == "application/manifest+json"
    assert content_type("a.tar.gz") == "application/octet-stream"
    assert content_type("Makefile") == "application/octet-stream"
