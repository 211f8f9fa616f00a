"""`zigttp serve <hash>` over real HTTP on loopback (issue 2 acceptance)."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap

from tests.conftest import EXAMPLES, write

ECHO = """\
export function handler(req) {
  return Response.json({
    method: req.method, url: req.url, path: req.path, query: req.query,
    agent: req.headers.get("x-agent"), body: req.body,
  }, { headers: { "x-served-by": "zigttp" } });
}
"""


def _build(zigttp, name: str, text: str) -> str:
    write(zigttp.cwd / name, text)
    r = zigttp("build", name)
    assert r.code == 0, r.err
    return r.out.strip()


def test_get_post_keepalive_query_headers(zigttp, serve) -> None:
    h = _build(zigttp, "echo.js", ECHO)
    server = serve(h, "-n", "1")
    assert server.port, server.lines
    assert server.lines[0] == f"zigttp 0.1.0 serving {h[:12]} (echo.js)"
    assert re.match(r"^workers: 1 ready in \d+ ms$", server.lines[1])
    assert server.lines[2] == "outbound HTTP: disabled"
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", "/a/b?x=1&y=two+words&x=3&flag", headers={"X-Agent": "t1"})
    resp = conn.getresponse()
    data = json.loads(resp.read())
    assert resp.status == 200
    assert resp.getheader("content-type") == "application/json"
    assert resp.getheader("x-served-by") == "zigttp"
    assert data == {"method": "GET", "url": "/a/b?x=1&y=two+words&x=3&flag", "path": "/a/b",
                    "query": {"x": "3", "y": "two words", "flag": ""}, "agent": "t1"}
    # same connection (keep-alive), a POST with a body
    conn.request("POST", "/submit", body="héllo".encode(), headers={"X-Agent": "t2"})
    resp = conn.getresponse()
    data = json.loads(resp.read())
    assert resp.getheader("connection") == "keep-alive"
    assert data["method"] == "POST" and data["body"] == "héllo" and data["agent"] == "t2"
    conn.close()
    access = server.wait_for(r" w1 POST /submit 200 \d+B [\d.]+ms$")
    assert access is not None


def test_several_workers_share_the_port(zigttp, serve) -> None:
    h = _build(zigttp, "hello.ts", (EXAMPLES / "hello.ts").read_text())
    server = serve(h, "-n", "3", "-q")
    assert server.lines[1].startswith("workers: 3 ready")
    pids = set()
    for _ in range(40):
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        conn.request("GET", "/")
        resp = conn.getresponse()
        assert resp.status == 200
        assert json.loads(resp.read())["message"] == "Hello, World"
        conn.close()
    # every worker is a live child process of the server
    children = subprocess.run(["pgrep", "-P", str(server.proc.pid)], capture_output=True, text=True).stdout.split()
    assert len(children) == 3
    pids.update(children)


def test_runtime_error_is_500_with_js_location(zigttp, serve) -> None:
    h = _build(zigttp, "boom.js", "export function handler(req) {\n  const o = undefined;\n  return o.x;\n}\n")
    server = serve(h, "-n", "1")
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", "/boom")
    resp = conn.getresponse()
    assert resp.status == 500
    assert resp.read() == b"Internal Server Error"
    line = server.wait_for("ERROR GET /boom")
    assert line is not None and line.endswith(
        "w1 ERROR GET /boom: boom.js:3:10 TypeError: Cannot read properties of undefined (reading 'x')")
    # the worker is still alive and the connection was kept
    conn.request("GET", "/again")
    assert conn.getresponse().status == 500


def test_malformed_request_gets_400_and_worker_survives(zigttp, serve) -> None:
    h = _build(zigttp, "hello.ts", (EXAMPLES / "hello.ts").read_text())
    server = serve(h, "-n", "1")
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(b"GARBAGE\r\n\r\n")
        data = s.recv(4096)
    assert data.startswith(b"HTTP/1.1 400 Bad Request\r\n")
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", "/")
    assert conn.getresponse().status == 200


def test_corrupt_object_fails_verify_and_serve(zigttp) -> None:
    h = _build(zigttp, "hello.ts", (EXAMPLES / "hello.ts").read_text())
    manifest = json.loads((zigttp.store / "objects" / h[:2] / h[2:]).read_bytes())
    victim = manifest["modules"][0]["code"]
    path = zigttp.store / "objects" / victim[:2] / victim[2:]
    os.chmod(path, 0o644)
    path.write_bytes(path.read_bytes() + b"tampered")
    r = zigttp("store", "verify")
    assert r.code == 1
    assert f"corrupt {victim}\n" in r.out
    assert re.search(r"verified \d+ objects, 1 corrupt\n$", r.out)
    r = zigttp("serve", h, "-p", "0")
    assert (r.code, r.err) == (1, f"error: artifact verification failed: {victim}\n")


def test_busy_port(zigttp) -> None:
    h = _build(zigttp, "hello.ts", (EXAMPLES / "hello.ts").read_text())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = zigttp("serve", h, "-p", str(port), "-n", "1")
    assert r.code == 1
    assert r.err.startswith(f"error: cannot listen on 127.0.0.1:{port}: ")
    assert "Traceback" not in r.err


def test_serve_file_and_inline_code(zigttp, serve) -> None:
    shutil.copy(EXAMPLES / "hello.ts", zigttp.cwd / "hello.ts")
    server = serve("hello.ts", "-n", "1")
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", "/x")
    assert json.loads(conn.getresponse().read())["path"] == "/x"
    inline = serve("-e", "export function handler(req) { return Response.text('inline ' + req.path); }",
                   "-n", "1")
    conn = http.client.HTTPConnection("127.0.0.1", inline.port, timeout=10)
    conn.request("GET", "/y")
    assert conn.getresponse().read() == b"inline /y"
    assert inline.lines[0].endswith("(<inline>)")


def test_serving_does_not_load_the_compiler(zigttp) -> None:
    h = _build(zigttp, "hello.ts", (EXAMPLES / "hello.ts").read_text())
    probe = textwrap.dedent(f"""
        import sys, threading, urllib.request, os, signal, time, json
        def poke():
            for _ in range(200):
                time.sleep(0.05)
                try:
                    port = int(open(sys.argv[1]).read())
                except Exception:
                    continue
                break
            urllib.request.urlopen(f"http://127.0.0.1:{{port}}/").read()
            mods = sorted(m for m in sys.modules)
            open(sys.argv[2], "w").write(json.dumps(mods))
            os.kill(os.getpid(), signal.SIGTERM)
        threading.Thread(target=poke, daemon=True).start()
        import zigttp.vm.server as server
        original = server.serve
        def spy(loader, options):
            return original(loader, options)
        server.serve = spy
        from zigttp.cli import main
        sys.exit(main(["serve", "{h}", "-p", "0", "-n", "1", "-q"]))
    """)
    port_file = zigttp.cwd / "port"
    mods_file = zigttp.cwd / "mods.json"
    proc = subprocess.Popen([sys.executable, "-c", probe, str(port_file), str(mods_file)], env=zigttp.env(),
                            stderr=subprocess.PIPE, cwd=zigttp.cwd)
    assert proc.stderr is not None
    for raw in proc.stderr:
        m = re.search(rb"listening on http://127\.0\.0\.1:(\d+)", raw)
        if m:
            port_file.write_text(m.group(1).decode())
            break
    proc.wait(timeout=30)
    loaded = json.loads(mods_file.read_text())
    # the compiler, and (cold-start budget, see vm/record.py) dataclasses/inspect, stay out of the server
    forbidden = [m for m in loaded if m.split(".")[0] in ("networkx", "pydantic", "asyncio", "dataclasses", "inspect")
                 or m.startswith(("zigttp.passes", "zigttp.pipeline"))]
    assert forbidden == []
    assert "zigttp.vm.server" in loaded


def test_metrics_line(zigttp, serve) -> None:
    h = _build(zigttp, "hello.ts", (EXAMPLES / "hello.ts").read_text())
    server = serve(h, "-n", "1", "-q", "--metrics-every", "1")
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    for _ in range(3):
        conn.request("GET", "/")
        conn.getresponse().read()
    line = server.wait_for(r" metrics requests=\d+ errors=0 timeouts=0 rps=[\d.]+ p50=[\d.]+ms p95=[\d.]+ms "
                           r"p99=[\d.]+ms busy=\d+/1$", timeout=10)
    assert line is not None, server.lines
