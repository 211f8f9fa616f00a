"""Throughput and tail latency of zigttp and Node serving the same endpoints, side by side.

Each server runs alone, pinned to one core (``taskset -c 0``): ``zigttp serve <hash> -n 1 -q`` and
``node benchmarks/node/server.js``. The load generator runs on another core: wrk when installed, else
benchmarks/loadgen.py. Endpoints: the hello JSON of SPEC §18.1, a handler doing a little work (query
parsing, object building, JSON.stringify) and a POST echo. Prints req/s and p99 per endpoint for both
servers and the zigttp/node ratios.

    .venv/bin/python benchmarks/http_bench.py [-d 10] [-c 16] [--rounds 1] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchlib  # noqa: E402

ECHO_BODY = json.dumps({"user": {"id": 42, "name": "Ada Lovelace", "roles": ["admin", "dev"]},
                        "items": [{"sku": f"SKU-{i:04d}", "qty": i, "price": i * 1.25} for i in range(12)]})


@dataclass(frozen=True)
class Endpoint:
    """One benchmarked request."""

    name: str
    method: str
    target: str
    body: str = ""


ENDPOINTS = [
    Endpoint("hello", "GET", "/hello?x=1"),
    Endpoint("work", "GET", "/work?n=20&q=bench"),
    Endpoint("echo", "POST", "/echo", ECHO_BODY),
]


@dataclass
class Measurement:
    """Load-generator figures for one server and endpoint, plus the CPU time the server used meanwhile."""

    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    cpu_s: float = 0.0

    @property
    def per_cpu_s(self) -> float:
        """Requests per CPU-second of the server: robust against other load on the machine."""
        return self.requests / self.cpu_s if self.cpu_s else 0.0


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if match is None:
        raise ValueError(f"unexpected wrk latency {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse_wrk(output: str) -> Measurement:
    """Requests/sec, the 50%/99% latency lines and the error counters of ``wrk --latency`` output."""
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", output))
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket:
        errors += sum(int(n) for n in socket.groups())
    return Measurement(requests, rps, p50, p99, errors)


def run_wrk(port: int, ep: Endpoint, connections: int, duration: float, cpu: int | None) -> Measurement:
    """One wrk run (one thread) against ``ep``."""
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{max(1, round(duration))}s", "--latency"]
    env = None
    if ep.method == "POST":
        cmd += ["-s", str(benchlib.HERE / "wrk" / "post.lua")]
        env = {"WRK_BODY": ep.body, "PATH": "/usr/bin:/bin"}
    cmd.append(f"http://127.0.0.1:{port}{ep.target}")
    proc = subprocess.run(benchlib.pinned(cmd, cpu), capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"error: wrk failed:\n{proc.stdout}{proc.stderr}")
    return parse_wrk(proc.stdout)


def run_python(port: int, ep: Endpoint, connections: int, duration: float, cpu: int | None) -> Measurement:
    """One run of benchmarks/loadgen.py against ``ep``."""
    cmd = [sys.executable, str(benchlib.HERE / "loadgen.py"), "--port", str(port), "--method", ep.method,
           "--target", ep.target, "--body", ep.body, "-c", str(connections), "-d", str(duration)]
    proc = subprocess.run(benchlib.pinned(cmd, cpu), capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"error: loadgen failed:\n{proc.stderr}")
    data = json.loads(proc.stdout)
    return Measurement(data["requests"], data["rps"], data["p50_ms"], data["p99_ms"], data["errors"])


def check_same(zig_port: int, node_port: int) -> None:
    """Both servers answer every endpoint with status 200 and the same body bytes."""
    for ep in ENDPOINTS:
        headers = {"content-type": "application/json"} if ep.body else {}
        answers = [benchlib.http_get(port, ep.target, ep.method, ep.body.encode(), headers)
                   for port in (zig_port, node_port)]
        (zs, _, zb), (ns, _, nb) = answers
        if zs != 200 or ns != 200 or zb != nb:
            raise SystemExit(f"error: {ep.name}: zigttp {zs} {zb[:200]!r} vs node {ns} {nb[:200]!r}")


def bench_server(name: str, cmd: list[str], port: int, env: dict[str, str], args: argparse.Namespace,
                 drive) -> dict[str, Measurement]:
    """Start one server, warm each endpoint up, measure it, stop the server."""
    server = benchlib.start(name, cmd, port, env)
    try:
        results = {}
        for ep in ENDPOINTS:
            if args.warmup > 0:
                drive(port, ep, args.connections, args.warmup, args.client_cpu)
            cpu_before = benchlib.tree_cpu_seconds(server.proc.pid)
            m = drive(port, ep, args.connections, args.duration, args.client_cpu)
            m.cpu_s = benchlib.tree_cpu_seconds(server.proc.pid) - cpu_before
            results[ep.name] = m
            print(f"  {name:6} {ep.name:6} {m.rps:9.0f} req/s  p50 {m.p50_ms:7.2f} ms  p99 {m.p99_ms:7.2f} ms"
                  f"  {m.per_cpu_s:9.0f} req/CPU-s  errors {m.errors}", file=sys.stderr)
        return results
    finally:
        server.stop()


def best(rounds: list[dict[str, Measurement]]) -> dict[str, Measurement]:
    """Per endpoint, the round with the highest throughput."""
    return {ep.name: max((r[ep.name] for r in rounds), key=lambda m: m.rps) for ep in ENDPOINTS}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-d", "--duration", type=int, default=10, help="seconds per measurement (10)")
    parser.add_argument("-w", "--warmup", type=int, default=2, help="warm-up seconds per endpoint (2)")
    parser.add_argument("-c", "--connections", type=int, default=16, help="concurrent connections (16)")
    parser.add_argument("--rounds", type=int, default=1, help="alternate the servers this many times; best round")
    parser.add_argument("--server-cpu", type=int, default=0, help="core the servers are pinned to (0)")
    parser.add_argument("--client-cpu", type=int, default=1, help="core the load generator is pinned to (1)")
    parser.add_argument("--loadgen", choices=["auto", "wrk", "python"], default="auto")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    load_before = benchlib.load_average()

    use_wrk = args.loadgen == "wrk" or (args.loadgen == "auto" and shutil.which("wrk") is not None)
    drive = run_wrk if use_wrk else run_python
    loadgen = "wrk" if use_wrk else "python loadgen.py"
    with tempfile.TemporaryDirectory(prefix="zigttp-bench-") as tmp:
        env = benchlib.clean_env(Path(tmp) / "store", Path(tmp) / "pycache")
        artifact = benchlib.build(benchlib.HANDLER, env)
        zig_port, node_port = benchlib.free_port(), benchlib.free_port()
        zig_cmd = benchlib.zigttp_serve_cmd(artifact, zig_port, args.server_cpu)
        node_cmd = benchlib.node_serve_cmd(node_port, args.server_cpu)

        zig_server = benchlib.start("zigttp", zig_cmd, zig_port, env)
        node_server = benchlib.start("node", node_cmd, node_port, env)
        try:
            check_same(zig_port, node_port)
        finally:
            zig_server.stop()
            node_server.stop()

        print(f"artifact {artifact[:12]}, load generator {loadgen}, {args.connections} connections, "
              f"{args.duration:g} s per endpoint", file=sys.stderr)
        zig_rounds, node_rounds = [], []
        for _ in range(args.rounds):
            zig_rounds.append(bench_server("zigttp", zig_cmd, zig_port, env, args, drive))
            node_rounds.append(bench_server("node", node_cmd, node_port, env, args, drive))
    zig, node = best(zig_rounds), best(node_rounds)

    rows, cpu_rows = [], []
    for ep in ENDPOINTS:
        z, n = zig[ep.name], node[ep.name]
        rows.append([f"{ep.method} {ep.target}", f"{z.rps:,.0f}", f"{n.rps:,.0f}", benchlib.ratio(z.rps, n.rps),
                     f"{z.p99_ms:.2f}", f"{n.p99_ms:.2f}", benchlib.ratio(z.p99_ms, n.p99_ms)])
        cpu_rows.append([f"{ep.method} {ep.target}", f"{z.per_cpu_s:,.0f}", f"{n.per_cpu_s:,.0f}",
                         benchlib.ratio(z.per_cpu_s, n.per_cpu_s),
                         f"{1e6 / z.per_cpu_s:.0f}" if z.per_cpu_s else "-",
                         f"{1e6 / n.per_cpu_s:.0f}" if n.per_cpu_s else "-"])
    print(benchlib.table(["endpoint", "zigttp req/s", "node req/s", "req/s zigttp/node",
                          "zigttp p99 ms", "node p99 ms", "p99 zigttp/node"], rows))
    print()
    print(benchlib.table(["endpoint", "zigttp req/CPU-s", "node req/CPU-s", "zigttp/node",
                          "zigttp CPU us/req", "node CPU us/req"], cpu_rows))
    load_after = benchlib.load_average()
    print(f"\nload average before {load_before}, after {load_after}")
    if args.json:
        args.json.write_text(json.dumps({
            "machine": benchlib.machine(), "loadgen": loadgen, "connections": args.connections,
            "duration_s": args.duration, "rounds": args.rounds, "load_before": load_before,
            "load_after": load_after,
            "zigttp": {k: {**asdict(v), "per_cpu_s": v.per_cpu_s} for k, v in zig.items()},
            "node": {k: {**asdict(v), "per_cpu_s": v.per_cpu_s} for k, v in node.items()},
        }, indent=2) + "\n")


if __name__ == "__main__":
    main()
