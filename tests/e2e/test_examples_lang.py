"""The language examples of SPEC §18.2, §18.3, §18.7 and §18.9, built from examples/ and served over real
HTTP by `zigttp serve <hash>`: every response exactly as the spec shows it."""

from __future__ import annotations

import http.client
import re
import shutil

from tests.conftest import EXAMPLES

# Headers the server adds to every response (SPEC §17.2); the rest must be exactly the handler's.
SERVER_HEADERS = {"content-length", "date", "connection"}
HTML = "text/html; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
JSON = "application/json"


def _serve(zigttp, serve, name: str):
    shutil.copy(EXAMPLES / name, zigttp.cwd / name)
    built = zigttp("build", "--verify", name)
    assert built.code == 0, built.err
    assert "warning" not in built.err, built.err
    server = serve(built.out.strip(), "-n", "1")
    assert server.port, server.lines
    return server


def _request(server, method: str, path: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        got = {k.lower(): v for k, v in resp.getheaders()}
    finally:
        conn.close()
    assert SERVER_HEADERS <= set(got), got
    assert got["content-length"] == str(len(data))
    return resp.status, {k: v for k, v in got.items() if k not in SERVER_HEADERS}, data


PAGE = ('<!DOCTYPE html><html lang="en"><head><title>Demo</title></head><body><div class="card">'
        '<h1>Tom &amp; Jerry</h1><p>Count: 42</p><input type="checkbox" checked></div><br></body></html>')


def test_page_tsx(zigttp, serve) -> None:
    server = _serve(zigttp, serve, "page.tsx")
    for method, path in (("GET", "/"), ("GET", "/any/path?x=1"), ("POST", "/")):
        assert _request(server, method, path) == (200, {"content-type": HTML}, PAGE.encode())


GREET_PAGE = ('<!DOCTYPE html><html><head><script src="https://unpkg.com/htmx.org@2.0.4"></script></head><body>'
              '<form hx-post="/greet" hx-target="#greeting" hx-swap="outerHTML"><input name="name" required>'
              '<button type="submit">Greet</button></form><p id="greeting"></p></body></html>')
FORM = {"content-type": "application/x-www-form-urlencoded"}


def test_greet_tsx(zigttp, serve) -> None:
    server = _serve(zigttp, serve, "greet.tsx")
    assert _request(server, "GET", "/") == (200, {"content-type": HTML, "vary": "HX-Request"}, GREET_PAGE.encode())
    fragment_headers = {"content-type": HTML, "hx-trigger": "greeted", "vary": "HX-Request"}
    htmx = {**FORM, "hx-request": "true"}
    assert _request(server, "POST", "/greet", b"name=Ann+Lee", htmx) == (
        200, fragment_headers, b'<p id="greeting">Hello, Ann Lee!</p>')
    assert _request(server, "POST", "/greet", b"name=", htmx) == (
        200, fragment_headers, b'<p id="greeting">Hello, stranger!</p>')
    assert _request(server, "POST", "/greet", b"name=Ann+Lee", FORM) == (303, {"location": "/"}, b"")
    # escaping of request data inside the fragment
    assert _request(server, "POST", "/greet", b"name=%3Cb%3E%26", htmx)[2] == (
        b'<p id="greeting">Hello, &lt;b&gt;&amp;!</p>')



def test_match_ts(zigttp, serve) -> None:
    server = _serve(zigttp, serve, "match.ts")
    assert _request(server, "GET", "/health") == (200, {"content-type": JSON}, b'{"ok":true}')
    assert _request(server, "POST", "/echo", b'{"a":[1,null]}') == (
        200, {"content-type": JSON}, b'{"echo":{"a":[1,null]}}')
    assert _request(server, "POST", "/echo") == (200, {"content-type": JSON}, b"{}")
    assert _request(server, "DELETE", "/health") == (
        405, {"content-type": TEXT, "allow": "GET"}, b"Method Not Allowed")
    assert _request(server, "GET", "/nope") == (404, {"content-type": TEXT}, b"Not Found")


COMPUTE = ('{"n":%d,"total":%d,"bytes":[250,251,252,253,254,255,0,1,2,3],'
           '"labels":["item-0","item-1","item-2"],"third":0.3333333333333333}')


def test_compute_ts(zigttp, serve) -> None:
    server = _serve(zigttp, serve, "compute.ts")
    assert _request(server, "GET", "/") == (200, {"content-type": JSON}, (COMPUTE % (5, 30)).encode())
    assert _request(server, "GET", "/?n=4") == (200, {"content-type": JSON}, (COMPUTE % (4, 20)).encode())
    status, _, body = _request(server, "GET", "/?n=abc")
    assert (status, body) == (500, b"Internal Server Error")
    line = server.wait_for(re.escape("ERROR GET /?n=abc"))
    assert line is not None and line.endswith(
        " ERROR GET /?n=abc: compute.ts:6:21 RangeError: range() arguments must be integers"), line
    # the worker survives the error
    assert _request(server, "GET", "/?n=4")[0] == 200

