"""The zigttp:* modules and outbound HTTP through `zigttp serve` (real subprocess) and the SPEC §18.4–§18.6
examples over HTTP."""

from __future__ import annotations

import http.client
import json
import time

import pytest

from tests.conftest import EXAMPLES, write
from tests.e2e.conftest import Served

from .upstream import Upstream, refusing_port, write_ca

ANN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbm4ifQ.SQk06-cdY1WZuJvcC_m0GfoJhyM5OB6fzdks6i2aNtU"


@pytest.fixture
def serve(zigttp):
    started: list[Served] = []

    def start(*args: str) -> Served:
        served = Served(zigttp.popen("serve", *args, "-p", "0"))
        started.append(served)
        assert served.port, served.lines
        return served

    yield start
    for s in started:
        s.stop()


def request(port: int, method: str, path: str, body: bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, str, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.reason, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def test_router_example(serve) -> None:
    server = serve(str(EXAMPLES / "router.ts"), "-n", "1")
    assert server.lines[2] == "outbound HTTP: disabled"
    cases = [
        ("GET", "/health", None, 200, "application/json", b'{"healthy":true}'),
        ("GET", "/users/42", None, 200, "application/json", b'{"id":"42","hash":"73475cb4"}'),
        ("POST", "/echo", b"ping", 200, "text/plain; charset=utf-8", b"ping"),
        ("GET", "/files/docs/read%20me.txt", None, 200, "text/plain; charset=utf-8", b"file: docs/read me.txt"),
        ("GET", "/users/", None, 404, "application/json", b'{"error":"not found","path":"/users/"}'),
    ]
    for method, path, body, status, content_type, expected in cases:
        got = request(server.port, method, path, body)
        assert (got[0], got[2]["content-type"], got[3]) == (status, content_type, expected), path
    status, _, headers, body = request(server.port, "HEAD", "/health")
    assert (status, headers["content-type"], headers["content-length"], body) == (200, "application/json", "16", b"")


def test_api_example(serve, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JWT_SECRET", "s3cret")
    server = serve(str(EXAMPLES / "api.ts"), "-n", "1")
    auth = {"authorization": f"Bearer {ANN}"}
    other = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbm4ifQ.Z7ZpmdpHLz0VHRxFxhKXylJ2V7tm1qzyWBoA2zZn9oo"
    cases = [
        ("POST", auth, b'{"title":"Buy milk","tags":["home"]}', 201,
         b'{"created":{"title":"Buy milk","tags":["home"]},"by":"ann","total":1}'),
        ("POST", auth, b'{"tags":[1]}', 400,
         b'{"errors":[{"path":"/tags/0","message":"expected string, got number"},'
         b'{"path":"/title","message":"missing required property \'title\'"}]}'),
        ("POST", auth, b'{"title":"x","due":"today"}', 400,
         b'{"errors":[{"path":"/due","message":"unexpected property \'due\'"}]}'),
        ("POST", {}, b"{}", 401, b'{"error":"missing token"}'),
        ("POST", {"authorization": f"Bearer {other}"}, b"{}", 401, b'{"error":"invalid signature"}'),
        ("GET", auth, None, 404, b'{"error":"not found"}'),
    ]
    for method, headers, body, status, expected in cases:
        got = request(server.port, method, "/notes", body, headers)
        assert (got[0], got[2]["content-type"], got[3]) == (status, "application/json", expected), expected
    got = request(server.port, "POST", "/notes", b'{"title":"again"}', auth)
    assert json.loads(got[3])["total"] == 2  # the cache persists across the worker's requests


def test_parallel_example(serve, ca, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Upstream(tls=ca, hostnames=("api.example.com",), delay_ms=50) as up:
        monkeypatch.setenv("SSL_CERT_FILE", str(write_ca(ca, tmp_path)))
        monkeypatch.setenv("ZIGTTP_TEST_OUTBOUND_RESOLVE", f"api.example.com:443=127.0.0.1:{up.port}")
        # no outbound flag: the contract proves egress to api.example.com, the derived policy enables it
        server = serve(str(EXAMPLES / "parallel.ts"), "-n", "1")
        assert server.lines[2] == "outbound HTTP: enabled (hosts: api.example.com)"
        for _ in range(2):
            status, _, headers, body = request(server.port, "GET", "/")
            assert (status, headers["content-type"]) == (200, "application/json")
            assert body == b'{"user":{"id":1,"name":"Ann"},"orders":[{"id":7,"total":9.5}]}'
        # (that the calls overlap is asserted with a wide margin by the 3 x 200 ms test below)
        paths = sorted(seen[1] for seen in up.seen)
        assert paths == sorted(["/users/1", "/orders?user=1", "/stock"] * 2)
        assert all(seen[2]["host"] == "api.example.com" for seen in up.seen)


PROXY = """
export function handler(req: Request): Response {
  const url = req.query.url;
  if (url === undefined) {
    return Response.text("missing url", { status: 400 });
  }
  const ms = req.query.timeout;
  return fetchSync(url, { redirect: req.query.follow === "1" ? "follow" : "manual",
                          timeoutMs: ms === undefined ? undefined : Number(ms) });
}
"""


def test_outbound_through_a_served_handler(zigttp, serve) -> None:
    write(zigttp.cwd / "proxy.ts", PROXY)
    with Upstream() as up:
        server = serve("proxy.ts", "-n", "1", "--outbound-http", "--outbound-max-response", "1k")
        assert server.lines[2] == "outbound HTTP: enabled (any host)"

        def via(url: str, extra: str = "") -> tuple[int, str, dict[str, str], bytes]:
            return request(server.port, "GET", f"/?url={url}{extra}")

        status, reason, headers, body = via(up.url("/json"))
        assert (status, body) == (200, b'{"id":1,"name":"Ann"}')
        status, reason, headers, body = via(up.url("/status/503"))
        assert (status, reason, body) == (503, "Service Unavailable", b"status 503")
        status, reason, _, body = via(f"http://127.0.0.1:{refusing_port()}/")
        assert (status, reason) == (599, "ConnectFailed")
        assert json.loads(body) == {"ok": False, "error": "ConnectFailed", "details": "Connection refused"}
        status, reason, _, body = via(up.url("/huge?n=2000"))
        assert (status, reason) == (599, "ResponseTooLarge")
        assert json.loads(body)["details"] == "response exceeded maxResponseBytes (1024 bytes)"
        status, reason, _, body = via(up.url("/hang?s=2"), "&timeout=200")
        assert (status, reason, json.loads(body)["details"]) == (599, "ResponseHeadFailed", "read timeout after 200 ms")
        status, _, headers, _ = via(up.url("/redirect?n=2"))
        assert (status, headers["location"]) == (302, "/redirect?n=1&status=302")
        status, _, _, body = via(up.url("/redirect?n=2"), "&follow=1")
        assert status == 200 and json.loads(body)["path"] == "/echo"
        status, reason, _, body = via(up.url("/garbage"))
        assert (status, reason) == (599, "ResponseHeadFailed")


def test_tls_upstream_through_a_served_handler(zigttp, serve, ca, tmp_path, monkeypatch) -> None:
    write(zigttp.cwd / "proxy.ts", PROXY)
    with Upstream(tls=ca) as up:
        untrusted = serve("proxy.ts", "-n", "1", "--outbound-http")
        status, reason, _, body = request(untrusted.port, "GET", f"/?url={up.url('/json')}")
        assert (status, reason) == (599, "ConnectFailed")
        assert json.loads(body)["details"].startswith("TLS handshake failed: ")
        monkeypatch.setenv("SSL_CERT_FILE", str(write_ca(ca, tmp_path)))
        trusted = serve("proxy.ts", "-n", "1", "--outbound-http")
        status, _, _, body = request(trusted.port, "GET", f"/?url={up.url('/json')}")
        assert (status, body) == (200, b'{"id":1,"name":"Ann"}')


def test_outbound_disabled_and_host_flags(zigttp, serve) -> None:
    write(zigttp.cwd / "proxy.ts", PROXY)
    with Upstream() as up:
        server = serve("proxy.ts", "-n", "1")
        status, reason, _, body = request(server.port, "GET", f"/?url={up.url('/json')}")
        assert (status, reason) == (599, "OutboundHttpDisabled")
        server = serve("proxy.ts", "-n", "1", "--outbound-host", "LOCALHOST", "--outbound-host", "b.example")
        assert server.lines[2] == "outbound HTTP: enabled (hosts: localhost, b.example)"
        status, _, _, body = request(server.port, "GET", f"/?url={up.url('/json')}")
        assert json.loads(body)["details"] == "host '127.0.0.1' is not in --outbound-host"
        status, _, _, body = request(server.port, "GET", f"/?url={up.url('/json', host='localhost')}")
        assert status == 200


def test_fetch_while_loading_fails_the_start(zigttp) -> None:
    write(zigttp.cwd / "early.ts", 'const r = fetchSync("http://127.0.0.1:1/");\n'
                                   "export function handler(req: Request): Response { return Response.text('x'); }\n")
    result = zigttp("serve", "early.ts", "-p", "0", "--outbound-http", timeout=60)
    assert result.code == 1
    assert result.err.strip().endswith(
        "error: handler failed to load: early.ts:1:11 TypeError: outbound HTTP is not available while modules "
        "are loading")


PARALLEL = """
import { parallel } from "zigttp:io";
export function handler(req: Request): Response {
  const base = req.query.base ?? "";
  const results = parallel([
    () => fetchSync(`${base}/json?ms=200`).status,
    () => fetchSync(`${base}/json?ms=200`).status,
    () => fetchSync(`${base}/json?ms=200`).status,
  ]);
  return Response.json(results);
}
"""


def test_parallel_overlaps_upstream_calls(zigttp, serve) -> None:
    write(zigttp.cwd / "par.ts", PARALLEL)
    with Upstream() as up:
        server = serve("par.ts", "-n", "1", "--outbound-http")
        base = up.url("")
        request(server.port, "GET", f"/?base={base}")  # warm the connection pool
        started = time.perf_counter()
        status, _, _, body = request(server.port, "GET", f"/?base={base}")
        elapsed = time.perf_counter() - started
        assert (status, body) == (200, b"[200,200,200]")
        assert elapsed < 0.35  # three 200 ms calls overlap: well under 2 x 200 ms


def test_timeout_aborts_thunks_and_the_worker_goes_on(zigttp, serve) -> None:
    write(zigttp.cwd / "par.ts", PARALLEL.replace("/json?ms=200", "/hang?s=3"))
    with Upstream() as up:
        server = serve("par.ts", "-n", "1", "--outbound-http", "--timeout-ms", "300")
        started = time.perf_counter()
        status, _, _, _ = request(server.port, "GET", f"/?base={up.url('')}")
        assert status == 504 and time.perf_counter() - started < 2
        assert request(server.port, "GET", "/?base=ftp://x")[3] == b"[599,599,599]"


CACHE = """
import { cacheSet, cacheStats } from "zigttp:cache";
export function handler(req: Request): Response {
  cacheSet("ns", req.path, "0123456789");
  return Response.json(cacheStats("ns"));
}
"""


def test_cache_flags(zigttp, serve) -> None:
    write(zigttp.cwd / "cache.ts", CACHE)
    server = serve("cache.ts", "-n", "1", "--cache-max-entries", "2")
    for path in ("/a", "/b", "/c"):
        _, _, _, body = request(server.port, "GET", path)
    assert json.loads(body) == {"hits": 0, "misses": 0, "entries": 2, "bytes": 28, "evictions": 1}
    server = serve("cache.ts", "-n", "1", "--cache-max-bytes", "30")
    for path in ("/a", "/b", "/c"):
        _, _, _, body = request(server.port, "GET", path)
    assert json.loads(body) == {"hits": 0, "misses": 0, "entries": 2, "bytes": 28, "evictions": 1}


def test_run_command_outbound_flags(zigttp) -> None:
    # a dynamic URL: a constant one would let the derived policy enable outbound HTTP (§10.9)
    write(zigttp.cwd / "p.ts", 'export function handler(req: Request): Response {\n'
                               '  console.log(fetchSync, typeof httpRequest);\n'
                               '  return fetchSync(req.query.u ?? "http://127.0.0.1:1/");\n}\n')
    result = zigttp("run", "p.ts")
    assert result.code == 0
    assert result.out.startswith("[Function: fetchSync] function\nHTTP/1.1 599 OutboundHttpDisabled\n")
    with Upstream() as up:
        write(zigttp.cwd / "q.ts", f'export function handler(req: Request): Response {{\n'
                                   f'  return fetchSync("{up.url("/json")}");\n}}\n')
        result = zigttp("run", "q.ts", "--outbound-host", "127.0.0.1")
        assert result.code == 0 and result.out.startswith("HTTP/1.1 200 OK\n")
        assert result.out.endswith('\n\n{"id":1,"name":"Ann"}\n')
        result = zigttp("run", "q.ts", "--outbound-host", "example.com")
        assert "HTTP/1.1 599 HostNotAllowed" in result.out
