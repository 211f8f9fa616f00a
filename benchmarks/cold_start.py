"""Cold start: process start -> first 200 response, for zigttp and Node, plus zigttp's biggest imports.

Each run starts a fresh server on a fresh port and polls ``GET /hello`` until it answers 200:
``zigttp serve <hash> -n 1 -p PORT -q`` (the artifact is built once beforehand) and
``node benchmarks/node/server.js PORT``. zigttp and Node runs alternate so that background noise hits both
alike. Then ``python -X importtime`` of the same serve command lists the modules that cost the most.

    .venv/bin/python benchmarks/cold_start.py [--runs 20] [--cpu 0 | --no-pin] [--top 12] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchlib  # noqa: E402

REQUEST = b"GET /hello HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n"


def first_ok(port: int, deadline: float) -> bool:
    """Poll until a GET /hello on ``port`` answers 200 (True) or the deadline passes (False)."""
    while time.perf_counter() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
                conn.sendall(REQUEST)
                head = conn.recv(64)
                if head.startswith(b"HTTP/1.1 200"):
                    return True
        except OSError:
            pass
        time.sleep(0.001)
    return False


def time_start(cmd_for_port, env: dict[str, str], timeout: float = 30) -> tuple[float, float]:
    """(wall, CPU) milliseconds from spawning ``cmd_for_port(port)`` to its first 200 response; CPU counts
    the server's whole process tree (user + system)."""
    port = benchlib.free_port()
    cmd = cmd_for_port(port)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    ok = first_ok(port, start + timeout)
    elapsed = (time.perf_counter() - start) * 1000
    cpu = benchlib.tree_cpu_seconds(proc.pid) * 1000
    benchlib.Server("server", proc, port).stop()
    if not ok:
        raise SystemExit(f"error: {' '.join(cmd)} did not answer within {timeout} s")
    return elapsed, cpu


def time_command(cmd: list[str], env: dict[str, str], runs: int) -> float:
    """Median milliseconds of running ``cmd`` to completion (interpreter start-up baselines)."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        samples.append((time.perf_counter() - start) * 1000)
    return benchlib.percentile(samples, 50)


@dataclass
class Import:
    """One ``-X importtime`` line (microseconds)."""

    name: str
    self_us: int
    cumulative_us: int
    depth: int


def parse_importtime(stderr: str) -> list[Import]:
    """The ``import time:`` lines of ``python -X importtime`` output."""
    imports = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "[us]" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:"):].split("|")
        depth = (len(name) - len(name.lstrip(" "))) // 2
        imports.append(Import(name.strip(), int(self_us), int(cumulative_us), depth))
    return imports


def importtime(artifact: str, env: dict[str, str]) -> list[Import]:
    """Import timings of ``zigttp serve <hash>`` up to its first response (workers are forked, not re-imported)."""
    port = benchlib.free_port()
    cmd = [sys.executable, "-X", "importtime", benchlib.zigttp_executable(), "serve", artifact, "-n", "1",
           "-p", str(port), "-q"]
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    server = benchlib.Server("zigttp", proc, port)
    ok = first_ok(port, time.perf_counter() + 30)
    server.stop()
    if not ok:
        raise SystemExit("error: zigttp serve under -X importtime did not answer:\n" + "\n".join(server.lines))
    return parse_importtime("\n".join(server.lines))


def median_imports(runs: list[list[Import]]) -> list[Import]:
    """Per module, the median self and cumulative times over several ``-X importtime`` runs (first run's order)."""
    seen: dict[str, list[Import]] = {}
    for run in runs:
        for imp in run:
            seen.setdefault(imp.name, []).append(imp)
    out = []
    for name, samples in seen.items():
        out.append(Import(name, int(benchlib.percentile([i.self_us for i in samples], 50)),
                          int(benchlib.percentile([i.cumulative_us for i in samples], 50)), samples[0].depth))
    return out


def by_package(imports: list[Import]) -> list[tuple[str, int, int]]:
    """(top-level package, total self time in us, module count), largest first."""
    totals: dict[str, list[int]] = {}
    for imp in imports:
        top = imp.name.split(".")[0]
        if top == "zigttp" and "." in imp.name:
            top = ".".join(imp.name.split(".")[:2])
        entry = totals.setdefault(top, [0, 0])
        entry[0] += imp.self_us
        entry[1] += 1
    return sorted(((k, v[0], v[1]) for k, v in totals.items()), key=lambda t: -t[1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20, help="starts per server (20)")
    parser.add_argument("--cpu", type=int, default=0, help="core the servers are pinned to (0)")
    parser.add_argument("--no-pin", action="store_true", help="do not pin the servers")
    parser.add_argument("--top", type=int, default=12, help="rows in the import tables (12)")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE: every zigttp start compiles its modules from source")
    parser.add_argument("--import-runs", type=int, default=5, help="-X importtime runs, medians (5)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    load_before = benchlib.load_average()
    cpu = None if args.no_pin else args.cpu

    with tempfile.TemporaryDirectory(prefix="zigttp-cold-") as tmp:
        pycache = None if args.no_bytecode_cache else Path(tmp) / "pycache"
        env = benchlib.clean_env(Path(tmp) / "store", pycache)
        artifact = benchlib.build(benchlib.HANDLER, env)
        # one untimed start each: fills the bytecode cache and the OS page cache
        time_start(lambda port: benchlib.zigttp_serve_cmd(artifact, port, cpu), env)
        time_start(lambda port: benchlib.node_serve_cmd(port, cpu), env)
        zig_ms, node_ms, zig_cpu, node_cpu = [], [], [], []
        for i in range(args.runs):
            wall, used = time_start(lambda port: benchlib.zigttp_serve_cmd(artifact, port, cpu), env)
            zig_ms.append(wall)
            zig_cpu.append(used)
            wall, used = time_start(lambda port: benchlib.node_serve_cmd(port, cpu), env)
            node_ms.append(wall)
            node_cpu.append(used)
            print(f"  run {i + 1:2}: zigttp {zig_ms[-1]:6.1f} ms ({zig_cpu[-1]:5.0f} ms CPU)"
                  f"  node {node_ms[-1]:6.1f} ms ({node_cpu[-1]:5.0f} ms CPU)", file=sys.stderr)
        python_ms = time_command(benchlib.pinned([sys.executable, "-c", "pass"], cpu), env, 10)
        node_bare_ms = time_command(benchlib.pinned([benchlib.node_executable(), "-e", "0"], cpu), env, 10)
        imports = median_imports([importtime(artifact, env) for _ in range(args.import_runs)])

    def stats(xs: list[float]) -> list[float]:
        return [benchlib.percentile(xs, 50), benchlib.percentile(xs, 90), min(xs), max(xs)]

    z, n = stats(zig_ms), stats(node_ms)
    # /proc counts CPU time in clock ticks (10 ms), so the mean says more than the median here
    zc, nc = sum(zig_cpu) / len(zig_cpu), sum(node_cpu) / len(node_cpu)
    print(f"cold start, process start -> first 200 response, {args.runs} runs each"
          + ("" if cpu is None else f", servers pinned to core {cpu}")
          + (", no Python bytecode cache" if args.no_bytecode_cache else ", Python bytecode cache warm") + "\n")
    print(benchlib.table(
        ["", "median ms", "p90 ms", "min ms", "max ms", "mean CPU ms"],
        [["zigttp serve <hash> -n 1", *(f"{v:.1f}" for v in z), f"{zc:.0f}"],
         ["node server.js", *(f"{v:.1f}" for v in n), f"{nc:.0f}"],
         ["ratio zigttp/node", *(benchlib.ratio(a, b) for a, b in zip(z, n, strict=True)),
          benchlib.ratio(zc, nc)]]))
    print(f"\nbaselines (median of 10): `python -c pass` {python_ms:.1f} ms, `node -e 0` {node_bare_ms:.1f} ms\n")

    total = sum(i.self_us for i in imports)
    print(f"zigttp serve imports: {len(imports)} modules, {total / 1000:.1f} ms in total "
          f"(python -X importtime, median of {args.import_runs} runs)\n")
    print(benchlib.table(["package", "self ms", "modules"],
                         [[k, f"{us / 1000:.1f}", str(c)] for k, us, c in by_package(imports)[: args.top]]))
    print()
    top = sorted((i for i in imports if i.depth == 0), key=lambda i: -i.cumulative_us)[: args.top]
    print(benchlib.table(["top-level import", "cumulative ms", "self ms"],
                         [[i.name, f"{i.cumulative_us / 1000:.1f}", f"{i.self_us / 1000:.1f}"] for i in top]))
    print()
    heavy = sorted(imports, key=lambda i: -i.self_us)[: args.top]
    print(benchlib.table(["module (by self time)", "self ms", "cumulative ms"],
                         [[i.name, f"{i.self_us / 1000:.1f}", f"{i.cumulative_us / 1000:.1f}"] for i in heavy]))
    load_after = benchlib.load_average()
    print(f"\nload average before {load_before}, after {load_after}")
    if args.json:
        args.json.write_text(json.dumps({
            "machine": benchlib.machine(), "runs": args.runs, "load_before": load_before, "load_after": load_after, "cpu": cpu, "zigttp_ms": zig_ms, "node_ms": node_ms,
            "zigttp_cpu_ms": zig_cpu, "node_cpu_ms": node_cpu,
            "python_bare_ms": python_ms, "node_bare_ms": node_bare_ms,
            "imports": [i.__dict__ for i in imports],
        }, indent=2) + "\n")


if __name__ == "__main__":
    main()
