"""The effect of the type checker's facts on generated code: small numeric loops compiled with and
without ``facts`` (passes/typecheck_facts.py), run in-process, best of N.

    .venv/bin/python benchmarks/facts_speed.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import time

from zigttp.passes.bytecode import compile_module
from zigttp.passes.frontend import parse_module
from zigttp.passes.typecheck import check_module
from zigttp.vm.builtins import capture_console
from zigttp.vm.loader import load_program

PROGRAMS = {
    "fib(25)": """
function fib(n: number): number {
  if (n < 2) {
    return n;
  }
  return fib(n - 1) + fib(n - 2);
}
console.log(fib(25));
""",
    "helper calls in a loop": """
function scale(x: number, k: number): number {
  return x * k + 1;
}
function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
function total(n: number): number {
  let acc = 0;
  for (const i of range(n)) {
    acc += clamp(scale(i, 3), 10, 1000) + scale(acc % 7, 2);
  }
  return acc;
}
console.log(total(300000));
""",
    "string lengths": """
function width(s: string): number {
  return s.length + s.indexOf("a");
}
function sum(n: number): number {
  let t = 0;
  const word = "banana";
  for (const i of range(n)) {
    t = t + width(word) + i;
  }
  return t;
}
console.log(sum(300000));
""",
}


def _compile(source: str, with_facts: bool) -> bytes:
    parsed = parse_module(source.encode("utf-8"), "bench.ts")
    assert not parsed.has_errors, parsed.diagnostics
    facts = check_module(parsed, {}).facts if with_facts else None
    return compile_module(parsed.module, facts=facts)


def _run(code: bytes) -> tuple[float, str]:
    with capture_console() as console:
        start = time.perf_counter()
        load_program([("bench.ts", code)], "bench.ts", {})
        elapsed = time.perf_counter() - start
    return elapsed, console.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{'program':28} {'without facts':>14} {'with facts':>12} {'speed-up':>9}")
    for name, source in PROGRAMS.items():
        plain, typed = _compile(source, False), _compile(source, True)
        t_plain = min(_run(plain)[0] for _ in range(args.repeat))
        t_typed = min(_run(typed)[0] for _ in range(args.repeat))
        assert _run(plain)[1] == _run(typed)[1], "facts changed the output"
        print(f"{name:28} {t_plain * 1000:11.1f} ms {t_typed * 1000:9.1f} ms {t_plain / t_typed:8.2f}x")


if __name__ == "__main__":
    main()
