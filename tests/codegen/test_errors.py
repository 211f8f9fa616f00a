"""Runtime errors: texts and file:line:col of the innermost failing expression (SPEC §3.16, §12.5)."""

from __future__ import annotations

import pytest
from zigttp.vm.values import JSError

from .jsrun import error, load, run


@pytest.mark.parametrize(("source", "expected"), [
    ("let u;\nu.x;", "main.js:2:1 TypeError: Cannot read properties of undefined (reading 'x')"),
    ("const o = { a: 1 };\n  o.a.b.c;", "main.js:2:3 TypeError: Cannot read properties of undefined (reading 'c')"),
    ("let u;\nu[1 + 1];", "main.js:2:1 TypeError: Cannot read properties of undefined (reading '2')"),
    ("let u;\nu.f();", "main.js:2:1 TypeError: Cannot read properties of undefined (reading 'f')"),
    ("let u;\nu.x = 1;", "main.js:2:1 TypeError: Cannot set properties of undefined (setting 'x')"),
    ("let u;\nu['k'] += 1;", "main.js:2:1 TypeError: Cannot read properties of undefined (reading 'k')"),
    ("'abc'.x = 1;", "main.js:1:1 TypeError: Cannot create property 'x' on string 'abc'"),
    ("const n = 5;\nn.y = 1;", "main.js:2:1 TypeError: Cannot create property 'y' on number '5'"),
    ("const a = [1];\na.foo = 1;", "main.js:2:1 TypeError: Cannot set property 'foo' on an array"),
    ("const a = [1];\na.length = -1;", "main.js:2:1 RangeError: Invalid array length"),
    ("const f = () => 1;\nf.x = 1;", "main.js:2:1 TypeError: Cannot add property x, object is not extensible"),
])
def test_property_errors(source: str, expected: str) -> None:
    assert error(source) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("const o = {};\no.f();", "main.js:2:1 TypeError: o.f is not a function"),
    ("const o = {};\no['g'](1);", "main.js:2:1 TypeError: o.g is not a function"),
    ("const o = { k: 1 };\nconst key = 'k';\no[key]();", "main.js:3:1 TypeError: o[key] is not a function"),
    ("const q = 1;\n  q();", "main.js:2:3 TypeError: q is not a function"),
    ("const f = (x) => x;\nf(1)(2);", "main.js:2:1 TypeError: f(...) is not a function"),
    ("Math.nope(1);", "main.js:1:1 TypeError: Math.nope is not a function"),
    ("const a = [1];\na.nope();", "main.js:2:1 TypeError: a.nope is not a function"),
    ("const a = [1];\na.push.x.y();", "main.js:2:1 TypeError: Cannot read properties of undefined (reading 'y')"),
    ("'s'.nope();", "main.js:1:1 TypeError: \"s\".nope is not a function"),
    ("const o = {};\nconst r = 1 |> o.f;", "main.js:2:11 TypeError: o.f is not a function"),
    ("const o = { m: 5 };\no.m?.();", "main.js:2:1 TypeError: o.m is not a function"),
])
def test_not_a_function(source: str, expected: str) -> None:
    assert error(source) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("if (1) {}", "main.js:1:5 TypeError: non-boolean value (number) in 'if' condition"),
    ("const s = 'x';\nif (s) {}", "main.js:2:5 TypeError: non-boolean value (string) in 'if' condition"),
    ("let u;\nconst r = u ? 1 : 2;", "main.js:2:11 TypeError: non-boolean value (undefined) in '?:' condition"),
    ("const r = true && 1;", "main.js:1:19 TypeError: non-boolean value (number) in '&&' operand"),
    ("const r = {} || true;", "main.js:1:11 TypeError: non-boolean value (object) in '||' operand"),
    ("const r = !'s';", "main.js:1:11 TypeError: non-boolean value (string) in '!' operand"),
    ("let t = 5;\nt &&= 1;", "main.js:2:1 TypeError: non-boolean value (number) in '&&=' target"),
    ("const o = { t: 'x' };\no.t ||= 1;", "main.js:2:1 TypeError: non-boolean value (string) in '||=' target"),
    ("const f = () => 1;\nif (f) {}", "main.js:2:5 TypeError: non-boolean value (function) in 'if' condition"),
    ("const a = [1].filter((x) => x);", "main.js:1:11 TypeError: non-boolean value (number) in 'filter' callback result"),
])
def test_boolean_assertion(source: str, expected: str) -> None:
    assert error(source) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("const {a} = undefined;", "main.js:1:7 TypeError: Cannot destructure 'undefined' as it is undefined"),
    ("const o = {};\nconst { a: { b } } = o;", "main.js:2:12 TypeError: Cannot destructure 'o.a' as it is undefined"),
    ("let v;\nconst [x] = v;", "main.js:2:7 TypeError: Cannot destructure 'v' as it is undefined"),
    ("const [x] = 5;", "main.js:1:7 TypeError: 5 is not iterable"),
    ("function f({ a }) { return a; }\nf();", "main.js:1:12 TypeError: Cannot destructure 'undefined' as it is undefined"),
    ("for (const x of 5) {}", "main.js:1:17 TypeError: 5 is not iterable"),
    ("const o = { a: 1 };\nfor (const x of o) {}", "main.js:2:17 TypeError: o is not iterable"),
    ("const o = {};\nconst r = [...o.list];", "main.js:2:15 TypeError: o.list is not iterable"),
    ("const r = 'a' in 'abc';", "main.js:1:11 TypeError: Cannot use 'in' operator to search for 'a' in abc"),
    ("let u;\nconst r = 'a' in u;", "main.js:2:11 TypeError: Cannot use 'in' operator to search for 'a' in undefined"),
    ("for (const i of range(1.5)) {}", "main.js:1:17 RangeError: range() arguments must be integers"),
    ("const s = 0;\nfor (const i of range(0, 5, s)) {}", "main.js:2:17 RangeError: range() step must not be zero"),
])
def test_other_errors(source: str, expected: str) -> None:
    assert error(source) == expected


def test_tdz_reference_error() -> None:
    assert error("const f = () => g();\nf();\nlet g = () => 1;") == \
        "main.js:1:17 ReferenceError: Cannot access 'g' before initialization"


def test_call_depth_limit_is_1000_frames() -> None:
    src = "function f(n) {\n  if (n === 0) { return 0; }\n  return 1 + f(n - 1);\n}\nconst r = f({});"
    assert run(src.replace("{}", "998")).error is None  # 999 calls of f + the top level
    for n in ("999", "100000"):
        err = run(src.replace("{}", n)).error
        assert err is not None and err.startswith(("main.js:2:", "main.js:3:"))
        assert err.endswith(" RangeError: Maximum call stack size exceeded")


def test_call_depth_limit_of_a_handler() -> None:
    program = load("function f(n) { if (n === 0) { return 0; } return 1 + f(n - 1); }\n"
                   "export function handler(n) { return f(n); }")
    assert program.handler is not None
    assert program.handler(998.0) == 998.0  # the handler and 999 nested frames
    with pytest.raises(JSError) as info:
        program.handler(999.0)
    assert info.value.text() == "RangeError: Maximum call stack size exceeded"
    assert info.value.location is not None and info.value.location[0] == "main.js"


def test_runaway_mutual_recursion() -> None:
    src = "const a = (n) => b(n + 1);\nconst b = (n) => a(n + 1);\na(0);"
    assert error(src).endswith("RangeError: Maximum call stack size exceeded")


def test_error_location_uses_code_point_columns() -> None:
    assert error("const s = '😀😀'; let u;\nconst t = '😀' + u.x;") == \
        "main.js:2:17 TypeError: Cannot read properties of undefined (reading 'x')"


def test_error_inside_callback_points_into_the_callback() -> None:
    src = "const xs = [1, 2];\nconst ys = xs.map((x) => {\n  let u;\n  return u.k;\n});"
    assert error(src) == "main.js:4:10 TypeError: Cannot read properties of undefined (reading 'k')"


def test_error_in_imported_module_reports_that_module() -> None:
    from zigttp.vm.loader import load_program

    from .jsrun import compile_js, error_line

    lib = compile_js("export function boom() {\n  let u;\n  return u.x;\n}", "lib.js")
    main = compile_js('import { boom } from "./lib.js";\nboom();', "main.js")
    with pytest.raises(Exception) as info:
        load_program([("lib.js", lib), ("main.js", main)], "main.js", {"main.js": {"boom": ("lib.js", "boom")}})
    assert error_line(info.value) == "lib.js:3:10 TypeError: Cannot read properties of undefined (reading 'x')"
