"""Type facts for the code generator (passes/typecheck_facts.py): what they prove, and that code compiled
with them behaves exactly like code compiled without them."""

from __future__ import annotations

from pathlib import Path

import pytest
from zigttp.passes.bytecode import compile_module, python_source
from zigttp.passes.frontend import parse_module
from zigttp.passes.typecheck import check_module
from zigttp.vm.builtins import capture_console
from zigttp.vm.loader import load_program

from tests.codegen.jsrun import error_line

ROOT = Path(__file__).resolve().parent.parent.parent.parent
# Programs that show a known code generator bug are left out (tests/diff/known_failures.txt): there, code
# with facts may differ from code without them because the code without them is wrong.
KNOWN = {line.split(":")[0] for line in (ROOT / "tests" / "diff" / "known_failures.txt").read_text().splitlines()
         if line.strip() and not line.startswith("#")}
PROGRAMS = sorted(p for p in (ROOT / "tests" / "diff" / "programs").iterdir()
                  if p.suffix in (".ts", ".js") and ".node." not in p.name and p.stem not in KNOWN)
PROGRAMS += sorted((ROOT / "tests" / "codegen" / "programs").glob("*.js"))


def _facts(source: str, path: str = "main.ts") -> tuple[object, dict]:
    parsed = parse_module(source.encode("utf-8"), path)
    assert not parsed.has_errors, parsed.diagnostics
    return parsed, check_module(parsed, {}).facts


def _run(parsed: object, facts: dict | None, path: str) -> tuple[str, str, str | None]:
    data = compile_module(parsed.module, facts=facts)  # type: ignore[attr-defined]
    with capture_console() as console:
        try:
            load_program([(path, data)], path, {})
            error = None
        except Exception as exc:  # noqa: BLE001 - the error line is part of the behaviour
            error = error_line(exc)
    return console.stdout, console.stderr, error


def _without_location(outcome: tuple[str, str, str | None]) -> tuple[str, str, str | None]:
    out, err, error = outcome
    return out, err, error.split(" ", 1)[1] if error is not None else None


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.name)
def test_facts_do_not_change_behaviour(path: Path) -> None:
    parsed, facts = _facts(path.read_text(encoding="utf-8"), path.name)
    # Same output and error text. The error's location may differ: without facts the generator reports a
    # RangeError raised inside a runtime helper at the enclosing expression (err_call_depth.js: 4:10 instead
    # of the call at 4:28, which is what Node reports and what code with facts gives).
    assert _without_location(_run(parsed, facts, path.name)) == _without_location(_run(parsed, None, path.name))


FIB = """
function fib(n: number): number {
  if (n < 2) {
    return n;
  }
  return fib(n - 1) + fib(n - 2);
}
console.log(fib(10));
"""


def test_recursive_function_parameters_and_results_are_numbers() -> None:
    parsed, facts = _facts(FIB)
    n = next(i for i, b in enumerate(parsed.module.bindings) if b.name == "n")  # type: ignore[attr-defined]
    assert n in facts["number_bindings"]
    source = python_source(parsed.module, facts)  # type: ignore[attr-defined]
    assert "fib_0(n_1 - 1.0) + fib_0(n_1 - 2.0)" in source.replace("fib_0(n_2", "fib_0(n_1").replace("n_2", "n_1")


@pytest.mark.parametrize(("source", "binding"), [
    # An exported function can be called from anywhere: its parameter is not proven.
    ("export function f(x: number): number { return x + 1; }\nconsole.log(f(1));", "x"),
    # A function passed as a value escapes.
    ("function f(x: number): number { return x + 1; }\nconsole.log([1].map(f));", "x"),
    # One call passes something that is not a number (the annotation is not trusted).
    ("function f(x: number): number { return x + 1; }\nconsole.log(f(1), f(JSON.parse('\"a\"')));", "x"),
    # A missing argument is undefined.
    ("function f(x?: number): number { return (x ?? 0) + 1; }\nconsole.log(f(1), f());", "x"),
    # A let that is once assigned a string.
    ("let v = 1;\nv = String(v);\nconsole.log(v);", "v"),
    # Array elements are never trusted.
    ("const xs: number[] = [1];\nconst e = xs[5];\nconsole.log(e);", "e"),
])
def test_unproven_bindings(source: str, binding: str) -> None:
    parsed, facts = _facts(source)
    index = next(i for i, b in enumerate(parsed.module.bindings) if b.name == binding)  # type: ignore[attr-defined]
    assert index not in facts["number_bindings"]


def test_string_receivers_and_lengths() -> None:
    source = 'const word = "banana";\nfunction width(s: string): number {\n  return s.length + s.indexOf("a");\n}\n' \
             "console.log(width(word));\n"
    parsed, facts = _facts(source)
    assert [3, 10, 3, 18] in facts["number"]  # s.length
    assert [3, 21, 3, 35] in facts["number"]  # s.indexOf("a")
    assert _run(parsed, facts, "main.ts")[0] == "7\n"


def test_optional_chains_are_never_facts() -> None:
    source = "function f(n: number): number { return n; }\nconst g = JSON.parse('0') === 1 ? f : undefined;\n" \
             "console.log(g?.(1));\n"
    parsed, facts = _facts(source)
    assert [3, 13, 3, 19] not in facts["number"]
