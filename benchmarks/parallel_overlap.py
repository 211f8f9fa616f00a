"""How well ``parallel()`` overlaps outbound calls (SPEC §11.8): a script, not a test.

A loopback upstream answers every request after a fixed delay. One zigttp worker serves a handler that makes
N calls to it either one after the other or inside ``parallel()``. The overlap ratio is
``sequential time / parallel time``; N means perfect overlap, 1 means none.

    .venv/bin/python benchmarks/parallel_overlap.py                 # N = 3, 100 ms, 10 requests each
    .venv/bin/python benchmarks/parallel_overlap.py -n 8 --delay-ms 50 --requests 20
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import build, clean_env, free_port, http_get, start, zigttp_executable  # noqa: E402

HANDLER = """
import { parallel } from "zigttp:io";

function call(base: string): number {
  return fetchSync(`${base}/slow`).status;
}

export function handler(req: Request): Response {
  const base = req.query.base ?? "";
  const n = Number(req.query.n ?? "3");
  const thunks = [...range(0, n)].map(() => () => call(base));
  if (req.path === "/parallel") {
    return Response.json(parallel(thunks));
  }
  return Response.json(thunks.map((t) => t()));
}
"""


class _Slow(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    delay = 0.1

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        time.sleep(self.delay)
        body = b"ok"
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _timed(port: int, target: str) -> float:
    started = time.perf_counter()
    status, _, body = http_get(port, target, timeout=60)
    if status != 200:
        raise SystemExit(f"error: {target} answered {status}: {body[:200]!r}")
    return (time.perf_counter() - started) * 1000.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--calls", type=int, default=3, help="outbound calls per request (max 16)")
    parser.add_argument("--delay-ms", type=float, default=100.0, help="upstream delay per call")
    parser.add_argument("--requests", type=int, default=10, help="timed requests per mode")
    args = parser.parse_args()

    _Slow.delay = args.delay_ms / 1000.0
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    upstream.daemon_threads = True
    threading.Thread(target=upstream.serve_forever, args=(0.05,), daemon=True).start()
    base = f"http://127.0.0.1:{upstream.server_address[1]}"

    with tempfile.TemporaryDirectory() as tmp:
        env = clean_env(Path(tmp) / "store", Path(tmp) / "pycache")
        handler = Path(tmp) / "overlap.ts"
        handler.write_text(HANDLER, encoding="utf-8")
        artifact = build(handler, env)
        port = free_port()
        server = start("zigttp", [zigttp_executable(), "serve", artifact, "-n", "1", "-p", str(port), "-q",
                                  "--outbound-http"], port, env)
        try:
            query = f"?base={base}&n={args.calls}"
            results: dict[str, list[float]] = {}
            for mode in ("sequential", "parallel"):
                _timed(port, f"/{mode}{query}")  # warm the worker and its connection pool
                results[mode] = [_timed(port, f"/{mode}{query}") for _ in range(args.requests)]
        finally:
            server.stop()
            upstream.shutdown()

    seq = statistics.median(results["sequential"])
    par = statistics.median(results["parallel"])
    print(f"{args.calls} calls x {args.delay_ms:g} ms upstream delay, {args.requests} requests per mode")
    print("| mode | median ms | min ms | max ms |")
    print("|---|---|---|---|")
    for mode, values in results.items():
        print(f"| {mode} | {statistics.median(values):.1f} | {min(values):.1f} | {max(values):.1f} |")
    print(f"overlap ratio (sequential / parallel): {seq / par:.2f} (ideal {args.calls})")
    print(f"parallel overhead over one call: {par - args.delay_ms:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
