"""Compile JS/TS source with zigttp:* imports and run it through the real loader and runtime wiring."""

from __future__ import annotations

from typing import Any

from zigttp.passes.bytecode import compile_module
from zigttp.passes.frontend import parse_module
from zigttp.vm import respond
from zigttp.vm.http_values import Request
from zigttp.vm.loader import Program, load_program
from zigttp.vm.locate import to_js_error
from zigttp.vm.modules.config import RuntimeConfig
from zigttp.vm.modules.runtime import load


def load_js(source: str, path: str = "main.ts", config: RuntimeConfig | None = None) -> Program:
    """Parse, compile and evaluate one module; its zigttp:* imports are bound."""
    parsed = parse_module(source.encode("utf-8"), path)
    errors = [d for d in parsed.diagnostics if d.is_error]
    assert not errors, [(d.code, d.message) for d in errors]
    imports = {}
    for request in parsed.imports:
        if request.specifier.startswith("zigttp:") and not request.type_only:
            for name in request.names:
                if not name.type_only:
                    imports[name.local] = (request.specifier, name.imported)
    code = compile_module(parsed.module)
    return load(lambda: load_program([(path, code)], path, {path: imports}), config)


def call(program: Program, method: str = "GET", url: str = "/", body: bytes | None = None,
         headers: list[tuple[bytes, bytes]] | None = None) -> respond.Outcome:
    """Send one request to the program's handler."""
    raw = list(headers or [])
    if body is not None:
        raw.append((b"content-length", str(len(body)).encode()))
    return respond.handle(program.handler, Request.from_wire(method, url, raw, body))


def error_text(exc: BaseException) -> str:
    """``<Name>: <message>`` of a runtime error."""
    err = to_js_error(exc)
    return f"{err.name}: {err.message}"


def located(exc: BaseException) -> str:
    err = to_js_error(exc)
    where = f"{err.location[0]}:{err.location[1]}:{err.location[2]} " if err.location else ""
    return f"{where}{err.name}: {err.message}"


def jsdata(value: Any) -> Any:
    """JS values -> plain Python data for assertions (floats that are integers stay floats)."""
    from zigttp.vm.values import HostObject

    if isinstance(value, dict):
        return {k: jsdata(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsdata(v) for v in value]
    if isinstance(value, HostObject) and hasattr(value, "to_bytes"):
        return value.to_bytes()
    return value
