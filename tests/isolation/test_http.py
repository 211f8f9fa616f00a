"""Module-state freeze over real HTTP (SPEC §3.15, §17.2): `zigttp serve` answers a write to module state
with a 500 and the error line in the log; later requests see the state as loaded."""

from __future__ import annotations

import http.client
import json
import re

from tests.conftest import write

APP = """\
const counts = { hits: 0 };
const seen: string[] = [];
const page = <ul>{seen.map((s) => <li>{s}</li>)}</ul>;

export function handler(req: Request): Response {
  if (req.path === "/count") {
    counts.hits = counts.hits + 1;
  }
  if (req.path === "/remember") {
    seen.push(req.url);
  }
  const mine: string[] = [];
  mine.push(req.path);
  return Response.json({ counts, seen, mine, page: renderToString(page) });
}
"""


def _get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def test_module_state_is_read_only_over_http(zigttp, serve) -> None:
    write(zigttp.cwd / "app.tsx", APP)
    built = zigttp("build", "app.tsx")
    assert built.code == 0, built.err
    server = serve(built.out.strip(), "-n", "1")
    assert server.port, server.lines

    initial = {"counts": {"hits": 0}, "seen": [], "page": "<ul></ul>"}
    status, body = _get(server.port, "/")
    assert status == 200 and json.loads(body) == {**initial, "mine": ["/"]}

    assert _get(server.port, "/count") == (500, b"Internal Server Error")
    line = server.wait_for("ERROR GET /count")
    assert line is not None and line.endswith(
        "w1 ERROR GET /count: app.tsx:7:5 TypeError: Cannot modify module-level state during a request"), line

    assert _get(server.port, "/remember?x=1") == (500, b"Internal Server Error")
    line = server.wait_for(re.escape("ERROR GET /remember?x=1"))
    assert line is not None and line.endswith(
        ": app.tsx:10:5 TypeError: Cannot modify module-level state during a request"), line

    # the same worker answered every request, and nothing it was asked to write is visible
    for path in ("/", "/again"):
        status, body = _get(server.port, path)
        assert status == 200 and json.loads(body) == {**initial, "mine": [path]}
