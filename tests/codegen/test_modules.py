"""Programs of several modules: imports, exports, the handler binding, virtual modules and the freeze of
module state (SPEC §1.3, §3.1, §3.15)."""

from __future__ import annotations

import pytest
from zigttp.vm.loader import load_program
from zigttp.vm.values import JSError

from .jsrun import compile_js, error_line, load


def _program(files: dict[str, str], entry: str, imports: dict[str, dict[str, tuple[str, str]]]):
    modules = [(path, compile_js(src, path)) for path, src in files.items()]
    return load_program(modules, entry, imports)


def test_imports_bind_exported_values() -> None:
    files = {
        "util.js": "export const base = 10;\nexport function scale(x) { return x * base; }\nconst secret = 1;",
        "main.js": 'import { scale, base as b } from "./util";\nexport const answer = scale(4) + b;',
    }
    program = _program(files, "main.js", {"main.js": {"scale": ("util.js", "scale"), "b": ("util.js", "base")}})
    assert program.exports("main.js") == {"answer": 50.0}
    assert program.exports("util.js")["base"] == 10.0
    assert "secret" not in program.exports("util.js")
    assert program.handler is None


def test_modules_run_once_in_order() -> None:
    files = {
        "a.js": "console.log('a');\nexport const a = 1;",
        "b.js": 'import { a } from "./a";\nconsole.log("b", a);\nexport const b = a + 1;',
        "main.js": 'import { a } from "./a";\nimport { b } from "./b";\nconsole.log("main", a, b);',
    }
    from zigttp.vm.builtins import capture_console

    with capture_console() as console:
        _program(files, "main.js", {"b.js": {"a": ("a.js", "a")},
                                    "main.js": {"a": ("a.js", "a"), "b": ("b.js", "b")}})
    assert console.stdout == "a\nb 1\nmain 1 2\n"


@pytest.mark.parametrize("source", [
    "export function handler(req) { return req.path; }",
    "function handler(req) { return req.path; }",
    "export const handler = (req) => req.path;",
    "let handler = (req) => 'x';\nhandler = (req) => req.path;",
])
def test_handler_binding_forms(source: str) -> None:
    program = load(source)
    assert program.handler is not None
    assert program.handler(_obj(path="/p")) == "/p"


def _obj(**kw):
    from zigttp.vm.values import JSObject

    return JSObject(kw)


def test_imported_handler() -> None:
    files = {"h.js": "export function serve(req) { return 'served ' + req.path; }",
             "main.js": 'import { serve as handler } from "./h";'}
    program = _program(files, "main.js", {"main.js": {"handler": ("h.js", "serve")}})
    assert program.handler is not None and program.handler(_obj(path="/x")) == "served /x"


def test_handler_errors_are_located_js_errors() -> None:
    program = load("export function handler(req) {\n  return req.nope.deeper;\n}")
    with pytest.raises(JSError) as info:
        program.handler(_obj())
    assert error_line(info.value) == "main.js:2:10 TypeError: Cannot read properties of undefined (reading 'deeper')"


def test_handler_wrapper_passes_through_the_raw_function() -> None:
    program = load("export function handler(req) { return 1; }")
    assert program.raw_handler is program.get("main.js", "handler")
    assert program.raw_handler.__name__ == "handler"


def test_virtual_module_imports_are_resolved_through_the_namespace(monkeypatch: pytest.MonkeyPatch) -> None:
    from zigttp.vm import namespace

    monkeypatch.setitem(namespace.VIRTUAL_MODULES, "zigttp:test", {"twice": lambda x=None, *_: x * 2})
    files = {"main.js": 'import { twice } from "zigttp:env";\nexport const r = twice(21);'}
    program = _program(files, "main.js", {"main.js": {"twice": ("zigttp:test", "twice")}})
    assert program.exports("main.js")["r"] == 42.0


def test_missing_virtual_module_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from zigttp.vm import namespace

    monkeypatch.setitem(namespace.VIRTUAL_MODULES, "zigttp:test", {})
    files = {"main.js": 'import { env } from "zigttp:env";\nexport const r = 1;'}
    with pytest.raises(JSError) as info:
        _program(files, "main.js", {"main.js": {"env": ("zigttp:test", "env")}})
    assert "zigttp:test" in info.value.message


def test_freeze_makes_module_state_read_only() -> None:
    src = """
    export const config = { list: [1, 2], nested: { a: 1 } };
    const make = () => { const hidden = { n: 0 }; return () => hidden; };
    export const getHidden = make();
    export function handler(req) {
      const fresh = { x: 1 };
      fresh.y = 2;
      const copy = [...config.list, 3];
      copy.push(4);
      if (req.mode === "obj") { config.nested.a = 2; }
      if (req.mode === "arr") { config.list.push(3); }
      if (req.mode === "idx") { config.list[0] = 9; }
      if (req.mode === "closure") { getHidden().n = 1; }
      if (req.mode === "len") { config.list.length = 0; }
      return copy.length + fresh.y;
    }
    config.nested.b = 2;
    """
    program = load(src)  # load_program freezes module state once the modules have run
    assert program.handler(_obj(mode="none")) == 6.0
    for mode in ("obj", "arr", "idx", "closure", "len"):
        with pytest.raises(JSError) as info:
            program.handler(_obj(mode=mode))
        assert info.value.text() == "TypeError: Cannot modify module-level state during a request", mode
    assert program.exports("main.js")["config"]["nested"] == {"a": 1, "b": 2}


def test_frozen_values_still_read_normally() -> None:
    program = load("export const data = { xs: [3, 1, 2], o: { k: 'v' } };\n"
                   "export function handler(req) { return [...data.xs].sort().join(',') + data.o.k + data.xs.length; }")
    assert program.handler(_obj()) == "1,2,3v3"


def test_top_level_error_stops_loading() -> None:
    with pytest.raises(JSError) as info:
        _program({"main.js": "const a = 1;\nconst b = a.x.y;"}, "main.js", {})
    assert error_line(info.value) == "main.js:2:11 TypeError: Cannot read properties of undefined (reading 'y')"


def test_freezing_can_be_left_to_the_caller() -> None:
    files = {"main.js": "export const o = { n: 1 };\nexport function handler(req) { o.n += 1; return o.n; }"}
    modules = [(path, compile_js(src, path)) for path, src in files.items()]
    program = load_program(modules, "main.js", {}, freeze=False)
    assert program.handler(None) == 2.0
    program.freeze()
    with pytest.raises(JSError, match="Cannot modify module-level state during a request"):
        program.handler(None)
