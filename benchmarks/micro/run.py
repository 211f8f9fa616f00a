"""Microbenchmarks: the programs in cases/ under zigttp (`zigttp run`, script mode), Node and QuickJS.

Every case defines ``bench(n)``, a loop of ``n`` operations (the header comment says what one operation is)
returning a checksum. Each engine grows ``n`` until one call takes at least ``--min-ms``, then keeps the best
of ``--rounds`` calls of that size; the result is operations per second. zigttp and Node time inside the
program with ``performance.now()`` (driver.js), so process start and compilation are not counted; QuickJS
(the PyPI ``quickjs`` package, Fabrice Bellard's C engine) is timed around the call from Python. Node and
QuickJS get ``range()`` from prelude.js. The checksums of all engines must agree.

    .venv/bin/python benchmarks/micro/run.py                 # every case, 200 ms, 3 rounds
    .venv/bin/python benchmarks/micro/run.py -k json -k math --min-ms 500 --json /tmp/micro.json

``--zigttp-cmd`` runs another zigttp (e.g. an older commit unpacked with ``git archive``) for before/after
comparisons: ``--zigttp-cmd "env PYTHONPATH=/tmp/old .venv/bin/python -m zigttp" --engines zigttp``.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchlib import (  # noqa: E402
    clean_env,
    load_average,
    machine,
    node_executable,
    pinned,
    ratio,
    table,
    zigttp_executable,
)

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
PRELUDE = (HERE / "prelude.js").read_text(encoding="utf-8")
DRIVER = (HERE / "driver.js").read_text(encoding="utf-8")
ENGINES = ("zigttp", "node", "quickjs")
CHECK_N = 1000  # every engine's bench(CHECK_N) must return the same checksum


def _program(case: Path, min_ms: float, rounds: int, prelude: bool) -> str:
    head = f"const MIN_MS = {min_ms};\nconst ROUNDS = {rounds};\nconst CHECK_N = {CHECK_N};\n"
    return (PRELUDE if prelude else "") + head + case.read_text(encoding="utf-8") + "\n" + DRIVER


def _run_script(cmd: list[str], env: dict[str, str], cwd: Path) -> dict:
    # cwd is the temporary directory: a ``zigttp`` package in the caller's directory (the repository root)
    # would shadow the one a --zigttp-cmd names through PYTHONPATH
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_zigttp(case: Path, work: Path, env: dict[str, str], args: argparse.Namespace) -> dict:
    path = work / f"{case.stem}.js"
    path.write_text(_program(case, args.min_ms, args.rounds, prelude=False), encoding="utf-8")
    command = shlex.split(args.zigttp_cmd) if args.zigttp_cmd else [zigttp_executable()]
    return _run_script(pinned([*command, "run", str(path)], args.cpu), env, work)


def run_node(case: Path, work: Path, env: dict[str, str], args: argparse.Namespace) -> dict:
    path = work / f"{case.stem}.node.js"
    path.write_text(_program(case, args.min_ms, args.rounds, prelude=True), encoding="utf-8")
    return _run_script(pinned([node_executable(), str(path)], args.cpu), env, work)


def run_quickjs(case: Path, args: argparse.Namespace) -> dict:
    import quickjs

    ctx = quickjs.Context()
    ctx.eval(PRELUDE + case.read_text(encoding="utf-8"))
    bench = ctx.get("bench")
    result = bench(1)
    n = 1
    for _ in range(60):
        t0 = time.perf_counter()
        result = bench(n)
        ms = (time.perf_counter() - t0) * 1000
        if ms >= args.min_ms:
            best = ms
            for _ in range(args.rounds - 1):
                t1 = time.perf_counter()
                bench(n)
                best = min(best, (time.perf_counter() - t1) * 1000)
            return {"n": n, "ms": best, "result": result, "check": bench(CHECK_N)}
        n *= 8 if ms * 8 < args.min_ms else 2
    return {"n": n, "ms": 0.0, "result": result, "check": bench(CHECK_N)}


def _ops(r: dict | None) -> float:
    return r["n"] / (r["ms"] / 1000) if r and r["ms"] > 0 else 0.0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-k", dest="only", action="append", default=[], help="run cases whose name contains this")
    p.add_argument("--min-ms", type=float, default=200.0, help="time one measured call must take (ms)")
    p.add_argument("--rounds", type=int, default=3, help="measured calls per case; the best counts")
    p.add_argument("--engines", default=",".join(ENGINES), help="comma-separated subset of zigttp,node,quickjs")
    p.add_argument("--cpu", type=int, default=0, help="pin zigttp and node to this CPU (-1: no pinning)")
    p.add_argument("--json", type=Path, help="also write the raw results here")
    p.add_argument("--zigttp-cmd", help="command that runs zigttp (default: the installed zigttp)")
    args = p.parse_args(argv)
    if args.cpu < 0:
        args.cpu = None
    engines = [e for e in args.engines.split(",") if e]
    cases = [c for c in sorted(CASES.glob("*.js")) if not args.only or any(k in c.stem for k in args.only)]
    results: dict[str, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory(prefix="zigttp-micro-") as tmp:
        work = Path(tmp)
        env = clean_env(work / "store", work / "pycache")
        print(f"load average {load_average()}", file=sys.stderr)
        for case in cases:
            results[case.stem] = {}
            for engine in engines:
                if engine == "zigttp":
                    r = run_zigttp(case, work, env, args)
                elif engine == "node":
                    r = run_node(case, work, env, args)
                else:
                    r = run_quickjs(case, args)
                results[case.stem][engine] = r
                print(f"{case.stem:16} {engine:8} {_ops(r):>14,.0f} ops/s  check {r['check']}", file=sys.stderr)
        print(f"load average {load_average()}", file=sys.stderr)
    headers = ["case", *[f"{e} ops/s" for e in engines]]
    if "zigttp" in engines:
        headers += [f"zigttp/{e}" for e in engines if e != "zigttp"]
    headers.append("checksums")
    rows = []
    for name, by_engine in results.items():
        row = [name, *[f"{_ops(by_engine.get(e)):,.0f}" for e in engines]]
        if "zigttp" in engines:
            row += [ratio(_ops(by_engine["zigttp"]), _ops(by_engine[e])) for e in engines if e != "zigttp"]
        checks = {json.dumps(float(r["check"]) if isinstance(r["check"], (int, float)) else r["check"])
                  for r in by_engine.values()}
        row.append("agree" if len(checks) == 1 else "DIFFER " + " / ".join(sorted(checks)))
        rows.append(row)
    print(table(headers, rows))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "min_ms": args.min_ms, "rounds": args.rounds,
                                         "results": results}, indent=2), encoding="utf-8")
    return 0 if all(r[-1] == "agree" for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
