"""Expressions: literals, member access, optional chains, calls, operators, pipe and match
(SPEC §3.7–§3.11, §3.14). Plain-JS behaviour is also covered against Node in test_node_diff.py."""

from __future__ import annotations

import math

import pytest

from .jsrun import load, out


def value(expr: str, prelude: str = "") -> object:
    """The value of one JS expression."""
    return load(f"{prelude}\nconst result = {expr};").get("main.js", "result")


def test_numbers_are_always_floats() -> None:
    for expr in ("1", "1 + 2", "[1, 2].length", "'abc'.length", "7 % 3", "5 | 0", "~1", "2 ** 3", "-0", "+'4'",
                 "Math.floor(2.5)", "((a) => a * 2)(3)"):
        v = value(expr)
        assert type(v) is float, (expr, v)


def test_negative_zero_and_nan() -> None:
    assert math.copysign(1.0, value("-0")) == -1.0
    assert math.copysign(1.0, value("0 * -1")) == -1.0
    assert math.isnan(value("0 / 0"))
    assert value("NaN === NaN") is False
    assert value("-0 === 0") is True


def test_template_literals() -> None:
    assert value("`a${1}b${'c'}${undefined}${[1, [2, 3]]}${{}}${true}${1.5}${-0}`") == \
        "a1bcundefined1,2,3[object Object]true1.50"
    assert value("`plain`") == "plain"
    assert value("`${1}${2}`") == "12"


def test_object_literals() -> None:
    src = """
    const k = "kk";
    const shorthand = 5;
    const o = { a: 1, "b-c": 2, 3: "three", [k + 1]: 4, shorthand, m(x) { return x + 1; }, a: 9, ...{ z: 26 } };
    console.log(Object.keys(o).join(","), o.a, o.kk1, o.m(1), o.m.name);
    """
    assert out(src) == "3,a,b-c,kk1,shorthand,m,z 9 4 2 m\n"


def test_object_spread_order_and_overrides() -> None:
    src = """
    const base = { x: 1, y: 2 };
    console.log(JSON.stringify({ y: 0, ...base, x: 5 }), JSON.stringify({ ...[7, 8] }), JSON.stringify({ ...undefined }));
    """
    assert out(src) == '{"y":2,"x":5} {"0":7,"1":8} {}\n'


def test_array_literals_holes_and_spread() -> None:
    src = "const a = [1, , 3, ...[4, 5], ...'xy', ...range(2)]; console.log(a.length, a.join('|'));"
    assert out(src) == "9 1||3|4|5|x|y|0|1\n"


def test_optional_chains_short_circuit_the_whole_chain() -> None:
    src = """
    const calls = [];
    const f = (x) => { calls.push(x); return x; };
    const u = undefined;
    const o = { a: { b: () => "hi" }, n: undefined };
    console.log(u?.a.b.c, u?.[f(1)], u?.(f(2)), o.a?.b(), o.n?.(), o?.a["b"]?.(), o.zz?.x.y);
    console.log(calls.length);
    """
    assert out(src) == "undefined undefined undefined hi undefined hi undefined\n0\n"


def test_calls_with_spread_and_missing_or_extra_arguments() -> None:
    src = """
    function three(a, b, c) { return [a, b, c]; }
    console.log(JSON.stringify(three(...[1], 2)), JSON.stringify(three(1, 2, 3, 4)), three().length);
    """
    assert out(src) == "[1,2,null] [1,2,3] 3\n"


def test_evaluation_order_of_calls_and_operands() -> None:
    src = """
    const log = [];
    const v = (x) => { log.push(x); return x; };
    const o = { m: (a, b) => a + b };
    v(o).m(v(1), v(2));
    const sum = v(3) + v(4) * v(5);
    const arr = [v(6), ...[v(7)], v(8)];
    console.log(log.length, log.slice(1).join(","));
    """
    assert out(src) == "9 1,2,3,4,5,6,7,8\n"


def test_compound_assignment_evaluates_the_target_once() -> None:
    src = """
    const log = [];
    const obj = { n: 1, list: [10, 20] };
    const get = () => { log.push("get"); return obj; };
    const key = () => { log.push("key"); return 1; };
    get().n += 5;
    get().list[key()] *= 2;
    get()["n"] **= 2;
    console.log(obj.n, obj.list[1], log.join(","));
    """
    assert out(src) == "36 40 get,get,key,get\n"


def test_logical_assignment_short_circuits() -> None:
    src = """
    function main() {
      let calls = 0;
      const f = () => { calls += 1; return 9; };
      let a = 1;
      a ??= f();
      const o = { ok: false, v: undefined };
      o.ok &&= f() > 0;
      o.v ??= f();
      o.v ??= f();
      let t = true;
      t ||= f() > 0;
      console.log(a, o.ok, o.v, t, calls);
    }
    main();
    """
    assert out(src) == "1 false 9 true 1\n"


def test_assignment_expressions_yield_the_assigned_value() -> None:
    src = """
    let a; let b;
    const o = {};
    const r = [a = 1, b = a + 1, o.x = 5, o.y ??= 6, (a += 10)];
    let p, q;
    const arr = ([p, q] = [7, 8]);
    console.log(r, a, b, o, p, q, arr);
    """
    assert out(src) == "[ 1, 2, 5, 6, 11 ] 11 2 { x: 5, y: 6 } 7 8 [ 7, 8 ]\n"


def test_typeof() -> None:
    assert value("[typeof 1, typeof 'a', typeof true, typeof undefined, typeof {}, typeof [], "
                 "typeof (() => 1), typeof Math.max, typeof range(3), typeof notDeclaredAnywhere]") == [
        "number", "string", "boolean", "undefined", "object", "object", "function", "function", "object",
        "undefined"]


def test_in_operator() -> None:
    assert value("['a' in { a: undefined }, 'b' in { a: 1 }, 0 in [5], 2 in [5], 'length' in [], "
                 "'push' in []]") == [True, False, True, False, True, True]


def test_string_indexing_uses_code_units() -> None:
    assert value("'a😀'.length") == 3.0
    assert value("'a😀'[1]") == "\ud83d"
    assert value("'abc'[5]") is None


def test_pipe() -> None:
    src = """
    const double = (xs) => xs.map((x) => x * 2);
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    const add = (n) => (x) => x + n;
    const log = [];
    const tap = (tag) => { log.push(tag); return (x) => x; };
    const r = [1, 2, 3] |> double |> sum;
    const s = 5 |> add(1) |> ((v) => v * 10);
    const order = (log.push("value"), 0);
    console.log(r, s, (1 |> tap("f")), log);
    """
    # the comma operator is unsupported; use a helper statement instead
    src = src.replace('const order = (log.push("value"), 0);\n', "")
    assert out(src) == "12 60 1 [ 'f' ]\n"


def test_pipe_evaluates_the_value_before_the_function() -> None:
    src = """
    const log = [];
    const v = (x) => { log.push("value"); return x; };
    const f = () => { log.push("func"); return (x) => x + 1; };
    console.log(v(1) |> f(), log.join(","));
    """
    assert out(src) == "2 value,func\n"


@pytest.mark.parametrize(("arg", "expected"), [
    ("1", "one"), ("-1", "minus one"), ("'s'", "string s"), ("true", "yes"), ("undefined", "undef"),
    ("{ kind: 'circle', r: 1 }", "unit circle"), ("{ kind: 'circle', r: 2, extra: 0 }", "circle"),
    ("[1, 'x']", "pair starting 1"), ("[[2], { a: 3 }]", "nested"), ("[]", "empty"), ("{}", "other"),
    ("[1, 2, 3]", "other"), ("{ kind: 'square' }", "other"),
])
def test_match_patterns(arg: str, expected: str) -> None:
    src = f"""
    const fmt = (v) => match (v) {{
      when 1: "one"
      when -1: "minus one"
      when "s": "string s"
      when true: "yes"
      when undefined: "undef"
      when {{ kind: "circle", r: 1 }}: "unit circle"
      when {{ kind: "circle" }}: "circle"
      when [1, _]: "pair starting 1"
      when [[2], {{ a: 3 }}]: "nested"
      when []: "empty"
      default: "other"
    }};
    const result = fmt({arg});
    """
    assert load(src).get("main.js", "result") == expected


def test_match_without_catch_all_is_undefined_and_evaluates_once() -> None:
    src = """
    function main() {
      let n = 0;
      const next = () => { n += 1; return n; };
      const a = match (next()) { when 1: "first" when 2: "second" };
      const b = match (next()) { when 1: "first" };
      console.log(a, b, n);
    }
    main();
    """
    assert out(src) == "first undefined 2\n"


def test_match_object_patterns_see_builtin_properties() -> None:
    src = "const r = match ('abc') { when { length: 3 }: 'three' default: 'no' };" \
          "const q = match ([1, 2]) { when { length: 2 }: 'pair' default: 'no' };"
    program = load(src)
    assert (program.get("main.js", "r"), program.get("main.js", "q")) == ("no", "pair")
