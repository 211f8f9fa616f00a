"""The generator emits plain Python operators where operand types are certain (literals, bindings only ever
assigned numbers, the type checker's facts) and type-checked fast paths elsewhere. That results never differ
from the helpers is checked against Node by programs/fastpaths.js."""

from __future__ import annotations

from zigttp.passes.bytecode import compile_module, python_source
from zigttp.passes.frontend import parse_module
from zigttp.vm.loader import load_program

from .jsrun import out


def _source(js: str, facts: dict | None = None) -> str:
    parsed = parse_module(js.encode(), "m.js")
    return python_source(parsed.module, facts)


def test_number_only_bindings_use_plain_operators() -> None:
    text = _source("let total = 0;\nfor (const i of range(10)) { total = total + i * 2; }")
    assert "total_0 = total_0 + i_1 * 2.0" in text
    assert "Z_add" not in text and "Z_mul" not in text


def test_unknown_operands_get_a_checked_fast_path() -> None:
    text = _source("function f(a, b) { return a - b; }")
    assert "a_1 - b_2 if a_1.__class__ is b_2.__class__ is Z_float else Z_sub(a_1, b_2)" in text


def test_boolean_conditions_skip_the_runtime_assertion() -> None:
    text = _source("function f(a) { if (a > 1 && a < 5) { return 1; } return 0; }")
    assert "Z_nonbool" not in text and "Z_bool" not in text


def test_facts_from_the_type_checker() -> None:
    js = "function f(a, b) { return a + b; }"
    parsed = parse_module(js.encode(), "m.js")
    params = [b for b, binding in enumerate(parsed.module.bindings) if binding.kind == "param"]
    text = python_source(parsed.module, {"number_bindings": params})
    assert "return a_1 + b_2" in text
    spans = {"number": [[1, 27, 1, 28], [1, 31, 1, 32]]}
    assert "return a_1 + b_2" in python_source(parsed.module, spans)
    program = load_program([("m.js", compile_module(parsed.module, facts={"number_bindings": params}))], "m.js", {})
    assert program.get("m.js", "f")(1.0, 2.5) == 3.5


def test_string_appends_stay_linear() -> None:
    src = """
    function build(seed, n) { let s = seed; for (const i of range(n)) { s += "ab"; } return s.length; }
    let top = "";
    for (const i of range(200000)) { top += "x"; }
    console.log(build("", 200000), top.length);
    """
    assert out(src) == "400000 200000\n"


def test_object_fast_paths_fall_back_for_other_receivers() -> None:
    src = """
    function read(o, k) { return [o.length, o.x, o[k]]; }
    function write(o, k) { o[k] = 1; o.y = 2; return o; }
    console.log(JSON.stringify([read({ x: 1, k: 2 }, "k"), read([5, 6], 1), read("str", 0)]));
    console.log(JSON.stringify(write({}, "z")), JSON.stringify(write({}, 3)));
    """
    assert out(src) == '[[null,1,2],[2,null,6],[3,null,"s"]]\n{"z":1,"y":2} {"3":1,"y":2}\n'
