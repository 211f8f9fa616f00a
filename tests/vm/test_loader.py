"""The loader: module format, top-level evaluation, the call-depth limit, error location, freeze."""

from __future__ import annotations

import marshal
import subprocess
import sys

import pytest
from zigttp.passes.bytecode import compile_module, disassemble, python_source
from zigttp.passes.frontend import parse_module
from zigttp.vm.loader import FORMAT, call_js, decode_module, freeze_value, load_program
from zigttp.vm.locate import to_js_error
from zigttp.vm.values import FrozenArray, FrozenObject, JSArray, JSError, JSObject


def compile_js(source: str, path: str = "main.js") -> bytes:
    parsed = parse_module(source.encode(), path)
    assert not [d for d in parsed.diagnostics if d.is_error]
    return compile_module(parsed.module)


def test_module_format() -> None:
    data = compile_js('import { x } from "./dep";\nexport const a = 1, b = x;\nfunction handler(req) { return a; }')
    image = decode_module("main.js", data)
    assert marshal.loads(data)[0] == FORMAT
    assert image.exports == ("a", "b")
    assert [name for name, _ in image.toplevel] == ["a", "b", "handler"]
    assert [name for name, _ in image.imports] == ["x"]
    assert image.handler is not None and image.handler.startswith("handler_")
    with pytest.raises(ValueError):
        decode_module("bad.js", marshal.dumps(("something", 1), 2))


def test_load_program_returns_top_level_values_and_handler() -> None:
    program = load_program([("main.js", compile_js("const a = [1];\nexport function handler(r) { return a; }"))],
                           "main.js", {})
    assert program.get("main.js", "a") == [1.0]
    assert program.handler is not None and program.handler(None) == [1.0]
    assert program.entry == "main.js"


def test_script_without_handler() -> None:
    program = load_program([("s.js", compile_js("const x = 1;", "s.js"))], "s.js", {})
    assert program.handler is None and program.raw_handler is None


def test_errors_while_loading_have_locations() -> None:
    with pytest.raises(JSError) as info:
        load_program([("main.js", compile_js("const o = {};\n\n   o.a.b;"))], "main.js", {})
    assert info.value.location == ("main.js", 3, 4)


def test_call_js_restores_the_recursion_limit_and_locates_errors() -> None:
    program = load_program([("main.js", compile_js("export const f = (n) => n === 0 ? 0 : f(n - 1);\n"
                                                   "export const bad = () => [].x.y;"))], "main.js", {})
    before = sys.getrecursionlimit()
    with pytest.raises(JSError) as info:
        call_js(program.get("main.js", "f"), 5000.0)
    assert info.value.text() == "RangeError: Maximum call stack size exceeded"
    assert sys.getrecursionlimit() == before
    assert call_js(program.get("main.js", "f"), 500.0) == 0.0
    with pytest.raises(JSError) as info:
        call_js(program.get("main.js", "bad"))
    assert info.value.location == ("main.js", 2, 26)


def test_unexpected_python_errors_become_internal_errors() -> None:
    def broken(*_):
        return {}["missing"]

    err = to_js_error(_raise(broken))
    assert err.name == "InternalError" and "KeyError" in err.message


def _raise(fn):
    try:
        fn()
    except Exception as exc:  # noqa: BLE001
        return exc
    raise AssertionError("no error")


def test_freeze_value_walks_objects_arrays_and_closures() -> None:
    inner = JSObject(a=JSArray([JSObject()]))

    def make():
        captured = inner

        def f():
            return captured
        return f

    seen: set[int] = set()
    freeze_value(JSArray([make()]), seen)
    assert type(inner) is FrozenObject and type(inner["a"]) is FrozenArray and type(inner["a"][0]) is FrozenObject


def test_disassemble_lists_every_function() -> None:
    data = compile_js("export function handler(req) { const f = (x) => x + 1; return f(1); }")
    listing = disassemble(data)
    assert "== handler (JS function, length 1) ==" in listing
    assert "== (anonymous) (JS function, length 1) ==" not in listing  # the arrow is named f by the parser
    assert "== f (JS function, length 1) ==" in listing
    assert " at 0x" not in listing
    assert "handler: handler_" in listing


def test_python_source_is_readable() -> None:
    parsed = parse_module(b"const a = 1 + 2;", "m.js")
    text = python_source(parsed.module)
    assert text.startswith("def _module_():") and "a_0 = 1.0 + 2.0" in text


def test_loading_the_runtime_does_not_import_the_compiler() -> None:
    code = ("import sys, zigttp.vm.loader, zigttp.vm.ops, zigttp.vm.locate, zigttp.vm.namespace;"
            "print(sorted(m for m in sys.modules if m.startswith('zigttp.passes') or m in ('networkx', 'pydantic')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
