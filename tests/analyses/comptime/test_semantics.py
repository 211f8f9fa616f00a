"""comptime evaluates exactly like the runtime (SPEC §7.3): each expression is folded at build time and also
compiled and run as ordinary code, and the two results (or error texts) must be identical."""

from __future__ import annotations

import json
import subprocess

import pytest
from zigttp.passes import jsast as A
from zigttp.passes.bytecode import compile_module
from zigttp.passes.comptime import fold_module
from zigttp.passes.comptime_values import encode, fnv1a, listing_text
from zigttp.passes.frontend import parse_module
from zigttp.vm.loader import load_program
from zigttp.vm.locate import to_js_error
from zigttp.vm.utf16 import to_py

EXPRESSIONS = [
    '"v" + 2',
    "-7 % 3",
    "0.1 + 0.2",
    "1 + 2 + 'a'",
    "2 ** 53 + 1",
    "1 / 0",
    "-1 / 0",
    "0 / 0",
    "-0",
    "[-0, 0 * -1]",
    "5 % 0",
    "(-8) >> 1",
    "-8 >>> 28",
    "~5.7",
    "1 << 40",
    "'b' < 'a'",
    "[2] > 1",
    "'10' < '9'",
    "typeof undefined",
    "typeof Math",
    "'x' in { x: 1 }",
    "`a${[1, [2, 3]]}b${undefined}${{}}`",
    "String(123456789012345678901234567890)",
    "(1e21).toString()",
    "(0.000001234).toString()",
    "(255).toString(16)",
    "(1.005).toFixed(2)",
    "(123.456).toPrecision(4)",
    "(0.00001).toExponential()",
    "Number('0x1f') + Number(' 12 ') + Number('')",
    "[parseInt('08'), parseInt('0x10'), parseFloat('3.5e2x'), Number('abc')]",
    "['1', '2', '3'].map(parseInt)",
    "Math.max()",
    "[Math.round(-2.5), Math.round(2.5), Math.sign(-0), Math.trunc(-4.7)]",
    "[Math.sin(1), Math.exp(1), Math.cbrt(27), Math.hypot(3, 4), Math.atan2(1, 1)]",
    "Math.fround(5.5) + Math.clz32(1) + Math.imul(3, 4)",
    "JSON.stringify({ b: 1, a: [1, 'x', undefined], 2: true, 1: NaN })",
    "JSON.stringify({ a: { b: [1, 2] } }, undefined, 2)",
    "JSON.parse('{\"z\":1,\"a\":[1,2,{\"n\":null}],\"10\":3,\"2\":4}')",
    "JSON.tryParse('[1')",
    "JSON.tryParse('[1]')",
    "Object.keys({ b: 1, 10: 2, a: 3, 1: 4 })",
    "Object.entries({ x: 1, y: [2] })",
    "Object.fromEntries([['a', 1], ['b', 2]])",
    "Object.hasOwn({ a: undefined }, 'a')",
    "Array.isArray([]) === true && Array.isArray('x') === false",
    "Array.of(1, 2, 3)",
    "Array.from('héllo😀')",
    "Array.from({ length: 3 }, (_, i) => i * 2)",
    "[...'ab😀', ...range(3)]",
    "'😀'.length + '😀'.codePointAt(0)",
    "'abc'.at(-1) + 'abc'.charAt(5) + 'abc'.charCodeAt(1)",
    "'  trim me '.trim().padStart(12, '*').padEnd(14, '-')",
    "'a-b-c'.replaceAll('-', '+').replace('+', '$$')",
    "'a,b,,c'.split(',', 3)",
    "'Hello'.split('')",
    "'abc'.localeCompare('abd')",
    "'ß'.toUpperCase() + 'İ'.toLowerCase().length",
    "'x'.repeat(3).concat('y', 1)",
    "'hello world'.slice(-5, -1) + 'hello'.substring(4, 1)",
    "'abcabc'.indexOf('c', 3) + 'abcabc'.lastIndexOf('a') + ('abc'.includes('bc') ? 1 : 0)",
    "'abc'.startsWith('b', 1) && 'abc'.endsWith('b', 2)",
    "String.fromCharCode(72, 105) + String.fromCodePoint(128512)",
    "encodeURIComponent('a b&c/é') + encodeURI('http://x/a b?q=1&r=é')",
    "decodeURIComponent('a%20b%26') + decodeURI('%41%2F')",
    "isNaN('x') && isFinite('12') && Number.isInteger(5) && !Number.isSafeInteger(2 ** 53)",
    "[Number.EPSILON > 0, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.parseFloat('1.5')]",
    "Boolean(1) === true",
    "[1, [2, [3, [4]]]].flat(Infinity)",
    "[1, 2, 3].flatMap((x) => [x, x * 10])",
    "[1, 2, 3, 4].findLast((x) => x % 2 === 1) + [1, 2, 3, 4].findLastIndex((x) => x > 5)",
    "[5, 1, 10, 2].toSorted()",
    "[5, 1, 10, 2].toSorted((a, b) => b - a)",
    "[2, 1].toSorted((a, b) => 'x')",
    "[1, 2, 3].toReversed().concat([4], 5)",
    "[1, 2, 3, 4].toSpliced(1, 2, 'x')",
    "[1, 2, 3].with(-1, 9)",
    "[1, 2, 3].reduceRight((acc, x) => acc + x, '')",
    "[1, 2, 3].every((x) => x > 0) && [1, 2, 3].some((x) => x > 2)",
    "[NaN].includes(NaN) && [NaN].indexOf(NaN) === -1",
    "[1, undefined, 3].join('-')",
    "[[1, 2], [3]].toString()",
    "[1, 2, 3].slice(-2).at(0)",
    "[0, 1, 2].find((x) => x > 0) + [0, 1, 2].findIndex((x) => x > 5)",
    "({ a: 1, ...{ b: 2, a: 3 }, ...undefined, ...'hi' })",
    "({ [1 + 1]: 'two', 1.5: 'x', [-0]: 'z' })",
    "match ({ kind: 'b', n: [1, 2] }) { when { kind: 'a' }: 1 when { kind: 'b', n: [1, _] }: 2 default: 3 }",
    "match ('x'.length) { when 2: 'two' when 1: 'one' }",
    "match (5) { when 1: 'one' }",
    "4 |> Math.sqrt |> String",
    "'ab' |> ((s) => s + s)",
    "undefined ?? 'fallback'",
    "[1, 2].map(({ length }) => length)",
    "[[1, 2], [3, 4]].map(([a, b = 9, ...rest]) => a + b + rest.length)",
    "[{ a: 1, b: 2, c: 3 }].map(({ a, ...rest }) => rest)",
    "[1, 2, 3].map((x, i, all) => x * i + all.length)",
    "[1, 2].map((x, y = x + 1) => y)",
    "[[1, 2], [3, 4]].map((pair) => { for (const v of pair) { if (v > 2) { return v; } } return 0; })",
    "['a', 'b', 'z'].map((c) => { switch (c) { case 'a': return 1; case 'b': case 'c': return 2; default: return 3; } })",
    "range(10, 0, -3)",
    "[...range(0)]",
    "'x'?.length",
    "JSON.tryParse('1')?.value?.missing?.deeper",
]

ERRORS = [
    "'ab'.repeat(-1)",
    "'ab'.repeat(Infinity)",
    "JSON.parse('{bad')",
    "JSON.parse(undefined)",
    "undefined.x",
    "JSON.parse('{}').a.b",
    "'x' in 'y'",
    "range(1.5)",
    "range(0, 5, 0 * 1)",
    "[1].reduce((a, b) => a + b, 0) + [].reduce((a, b) => a + b)",
    "(1).toFixed(101)",
    "String.fromCodePoint(-1)",
    "decodeURIComponent('%')",
    "'abc'.padStart(Infinity)",
    "[1, 2].filter((x) => x)",
    "1 ? 2 : 3",
    "!'x'",
    "'a' && true",
    "[1, 2, 3].map(5)",
    "'abc'.map((x) => x)",
    "[...5]",
    "[1].map(([a]) => a)",
    "[undefined].map(({ a }) => a)",
    "Object.keys(undefined)",
    "[...'x'].at(0).x.y",
]


def _program_value(source: str) -> tuple[str | None, str | None]:
    parsed = parse_module(source.encode(), "main.js")
    assert not [d for d in parsed.diagnostics if d.is_error], parsed.diagnostics
    folded = fold_module(parsed, {}, {}, "0.1.0")
    errors = [d for d in folded.diagnostics if d.is_error]
    if errors:
        return None, errors[0].message
    try:
        program = load_program([("main.js", compile_module(parsed.module))], "main.js", {})
    except Exception as exc:  # noqa: BLE001 - the error is the result
        err = to_js_error(exc)
        return None, f"{err.name}: {err.message}"
    return listing_text(program.get("main.js", "v")), None


def _compare(expression: str) -> tuple[tuple[str | None, str | None], tuple[str | None, str | None]]:
    folded = _program_value(f"const v = comptime({expression});\n")
    run = _program_value(f"const v = {expression};\n")
    return folded, run


@pytest.mark.parametrize("expression", EXPRESSIONS)
def test_folded_value_equals_run_time_value(expression: str) -> None:
    folded, run = _compare(expression)
    assert run[1] is None, run[1]
    assert folded == run


@pytest.mark.parametrize("expression", ERRORS)
def test_folding_fails_with_the_run_time_error(expression: str) -> None:
    folded, run = _compare(expression)
    assert run[0] is None and folded[0] is None
    assert folded[1] == f"comptime evaluation failed: {run[1]}"


NODE_CHECKED = EXPRESSIONS


def test_values_agree_with_node() -> None:
    """The folded values (as JSON with bare undefined/NaN/Infinity) are the ones Node computes."""
    script = """
const show = (v) => {
  if (v === undefined) return "undefined";
  if (typeof v === "number") return Object.is(v, -0) ? "0" : String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "boolean") return String(v);
  if (v === null) return "undefined";
  if (Array.isArray(v)) return "[" + v.map(show).join(",") + "]";
  return "{" + Object.keys(v).map((k) => JSON.stringify(k) + ":" + show(v[k])).join(",") + "}";
};
const exprs = JSON.parse(require("fs").readFileSync(0, "utf8"));
const fnv = (s) => { let h = 0x811c9dc5; for (const b of Buffer.from(s, "utf8")) { h ^= b; h = Math.imul(h, 16777619) >>> 0; } return h.toString(16).padStart(8, "0"); };
const out = exprs.map((e) => { const hash = fnv; return show(eval("(" + e + ")")); });
process.stdout.write(JSON.stringify(out));
"""
    exprs = [e for e in NODE_CHECKED if "tryParse" not in e and "range" not in e and "match" not in e
             and "|>" not in e and "null" not in e]
    proc = subprocess.run(["node", "-e", script], input=json.dumps(exprs), capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    expected = json.loads(proc.stdout)
    actual = [to_py(_program_value(f"const v = comptime({e});\n")[0] or "") for e in exprs]
    assert actual == expected


def test_hash_is_fnv1a_over_utf8() -> None:
    parsed = parse_module("const v = comptime([hash(''), hash('styles-v3'), hash('😀'), typeof hash]);".encode(), "m.js")
    fold_module(parsed, {}, {}, "0.1.0")
    assert parsed.module.folds[0].value == '["811c9dc5","92ab9929","33a29608","function"]'
    assert fnv1a("") == "811c9dc5"
    assert fnv1a("styles-v3") == "92ab9929"
    assert fnv1a("a") == "e40c292c"


def test_values_round_trip_through_literals_and_encoding() -> None:
    from zigttp.passes.comptime_env import ModuleEnv
    from zigttp.passes.comptime_eval import Evaluator
    from zigttp.vm.values import JSArray, JSObject

    value = JSObject({"b": JSArray([1.0, -0.0, float("nan"), float("-inf"), None, True, "\ud83d"]), "1": "x"})
    env = ModuleEnv(A.Module("m.js", []), {}, {}, "0.1.0")
    back = Evaluator(env).eval(A.from_data(json.loads(encode(value))))
    assert listing_text(back) == listing_text(value) == '{"1":"x","b":[1,0,NaN,-Infinity,undefined,true,"\\ud83d"]}'


def test_comptime_in_a_function_gives_a_fresh_copy_each_call() -> None:
    source = ("export function make() { return comptime({ list: [1, 2] }); }\n"
              "const a = make(); const b = make(); a.list.push(3);\n"
              "export const same = a === b; export const lengths = [a.list.length, b.list.length];\n")
    parsed = parse_module(source.encode(), "main.js")
    assert fold_module(parsed, {}, {}, "0.1.0").diagnostics == []
    program = load_program([("main.js", compile_module(parsed.module))], "main.js", {})
    assert program.get("main.js", "same") is False
    assert listing_text(program.get("main.js", "lengths")) == "[3,2]"


def test_module_level_fold_is_frozen_module_state() -> None:
    source = "export const LIST = comptime([1, 2]);\nexport function add() { LIST.push(3); return LIST.length; }\n"
    parsed = parse_module(source.encode(), "main.js")
    fold_module(parsed, {}, {}, "0.1.0")
    program = load_program([("main.js", compile_module(parsed.module))], "main.js", {})
    with pytest.raises(Exception) as info:
        program.get("main.js", "add")()
    assert to_js_error(info.value).text() == "TypeError: Cannot modify module-level state during a request"


def test_folded_tree_has_literals_with_the_call_span() -> None:
    parsed = parse_module(b"const x = comptime([1, -2, NaN, { a: undefined }]);\n", "main.js")
    fold_module(parsed, {}, {}, "0.1.0")
    init = parsed.module.body[0].declarations[0].init
    assert isinstance(init, A.ArrayLit) and init.span == (1, 11, 1, 51)
    first, second, third, fourth = init.elements
    assert isinstance(first, A.NumberLit) and first.value == 1.0
    assert isinstance(second, A.Unary) and second.op == "-" and second.operand.value == 2.0
    assert isinstance(third, A.Identifier) and third.name == "NaN" and third.binding == -1
    assert isinstance(fourth, A.ObjectLit) and fourth.properties[0].key == "a"
    assert parsed.module.folds[0].value == "[1,-2,NaN,{\"a\":undefined}]"
