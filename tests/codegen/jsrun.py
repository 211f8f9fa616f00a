"""Compile and run JS source text through the real parse pass, the bytecode pass and the loader."""

from __future__ import annotations

from dataclasses import dataclass

from zigttp.passes.bytecode import compile_module
from zigttp.passes.frontend import parse_module
from zigttp.vm.builtins import capture_console
from zigttp.vm.loader import Program, load_program
from zigttp.vm.locate import to_js_error


def compile_js(source: str, path: str = "main.js") -> bytes:
    """The bytecode pass's output for ``source`` (parse errors fail the test)."""
    parsed = parse_module(source.encode("utf-8"), path)
    errors = [d for d in parsed.diagnostics if d.is_error]
    assert not errors, [(d.code, d.message, d.span) for d in errors]
    return compile_module(parsed.module)


def load(source: str, path: str = "main.js") -> Program:
    """Compile and evaluate one module."""
    return load_program([(path, compile_js(source, path))], path, {})


@dataclass
class Outcome:
    stdout: str
    stderr: str
    error: str | None  # "<file>:<line>:<col> <Name>: <message>"
    program: Program | None


def run(source: str, path: str = "main.js") -> Outcome:
    """Evaluate ``source`` as a script, capturing console output and the runtime error line."""
    data = compile_js(source, path)
    with capture_console() as console:
        try:
            program = load_program([(path, data)], path, {})
            error = None
        except Exception as exc:  # noqa: BLE001 - the error line is the result
            program = None
            error = error_line(exc)
    return Outcome(console.stdout, console.stderr, error, program)


def error_line(exc: BaseException) -> str:
    err = to_js_error(exc)
    where = f"{err.location[0]}:{err.location[1]}:{err.location[2]} " if err.location else ""
    return f"{where}{err.name}: {err.message}"


def out(source: str) -> str:
    """The console output of a script that must not fail."""
    result = run(source)
    assert result.error is None, result.error
    return result.stdout


def error(source: str) -> str:
    """The error line of a script that must fail."""
    result = run(source)
    assert result.error is not None, "expected a runtime error"
    return result.error
