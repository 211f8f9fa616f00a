"""console formatting against Node 20's util.inspect / util.format (SPEC §0.2, §9.7): nested, wide and
cyclic values, line breaking, array grouping, quotes and escapes, format substitutions."""

from __future__ import annotations

import math
import subprocess
from typing import Any

from jsoracle import NODE, Raw, lit, needs_node, node_json, py_value
from zigttp.vm.builtins import GLOBALS, capture_console
from zigttp.vm.inspect import format_args, inspect
from zigttp.vm.utf16 import to_js
from zigttp.vm.values import JSArray, JSObject

pytestmark = needs_node


def _named_function() -> Any:
    def handler(*_: Any) -> None:
        return None

    return handler


def _cycle() -> JSObject:
    a = JSObject(name="a")
    a["self"] = a
    a["list"] = JSArray([1.0, a])
    return a


def _two_cycles() -> JSArray:
    a = JSObject(x=1.0)
    a["a"] = a
    b = JSArray([2.0])
    b.append(b)
    return JSArray([a, b, JSObject(both=JSArray([a, b]))])


def _shared_not_cyclic() -> JSObject:
    s = JSObject(v=1.0)
    return JSObject(p=s, q=s)


def _typed(kind: str, values: list[float]) -> Raw:
    return Raw(f"new {kind}({lit(values)})", lambda: GLOBALS[kind](JSArray(values)))


CYCLE = Raw("(() => { const a = { name: 'a' }; a.self = a; a.list = [1, a]; return a; })()", _cycle)
TWO_CYCLES = Raw(
    "(() => { const a = { x: 1 }; a.a = a; const b = [2]; b.push(b); return [a, b, { both: [a, b] }]; })()",
    _two_cycles,
)
SHARED = Raw("(() => { const s = { v: 1 }; return { p: s, q: s }; })()", _shared_not_cyclic)
NAMED_FN = Raw("(function handler() {})", _named_function)
ANON_FN = Raw("(() => {})", lambda: (lambda *a: None))

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]

VALUES: list[Any] = [
    None, True, False, 0.0, -0.0, 1e21, 1.5e-7, math.nan, -math.inf, "", "plain",
    [], {}, [[]], [{}], {"a": {}}, [1, "a", None, True], {"a": 1, "x-y": [1, 2], "_ok": 3, "$no": 4, "9": 5},
    {"a": [1, 2, 3], "b": {"c": {"d": {"e": 1}}}}, [[[[1]]]], [[[[]]]], [[[{}]]], {"a": {"b": {"c": {}}}},
    {"a": {"b": {"c": {"d": 1}}}}, [[1, [2, [3, [4, [5]]]]]],
    list(range(7)), list(range(26)), list(range(100)), list(range(101)), list(range(250)),
    [float(i) * 1.5 - 20 for i in range(40)], [i * 1111 for i in range(30)], [-0.0, 0, -1, 1e21, 5e-324] * 3,
    WORDS, WORDS * 3, [w * 3 for w in WORDS], ["x" * 20] * 8, ["a", 1, "bb", 22, "ccc", 333, None, True],
    [True, False] * 5, [None] * 12, [[1, 2]] * 8, [{"a": 1}] * 8, ["😀", "é", "漢字", "ａ", "x"] * 3,
    {f"key{i}": i for i in range(30)}, {f"k{i}": "v" * i for i in range(12)},
    {"long": "x" * 100}, {"multi": "line one\nline two\nline three that is long enough to wrap ok"},
    "s" * 81, ["y" * 75], [["z" * 70]], {"nested": {"deeper": "w" * 70}},
    ["it's", 'say "hi"', "both ' and \"", "all ' \" `", "tmpl ${x} ' \"", "back\\slash", "tab\tnl\n",
     "\x00\x01\x1b\x7f\x9f\xa0", "\ud800", "\udc00", "a\ud83d", "😀", "\u2028"],
    {"it's": 1, "a b": 2, "ünï": 3, "": 5, "class": 6, "0x": 7, "1e3": 8},
    {"arr": [1, 2, {"deep": [3, {"x": 1}]}], "s": "str", "n": None, "f": NAMED_FN},
    NAMED_FN, ANON_FN, [NAMED_FN, ANON_FN], {"fn": NAMED_FN},
    CYCLE, TWO_CYCLES, SHARED,
    _typed("Uint8Array", [1, 2, 3]), _typed("Uint8Array", []), _typed("Float64Array", [0.5, -0.0, math.nan]),
    _typed("Int16Array", list(range(-10, 20))), _typed("Float32Array", [0.1, 1e40]),
    _typed("Uint32Array", [float(i) for i in range(120)]), {"t": _typed("Int8Array", [200, -200])},
    [[_typed("Uint8Array", [1])]], [[[_typed("Uint8Array", [1])]]],
    {"a": "x" * 30, "b": "y" * 30, "c": 1},
    {"a": "x" * 20, "b": "y" * 20, "c": "z" * 20, "d": 1},
    [{"name": "alice", "age": 30, "tags": ["a", "b"]}, {"name": "bob", "age": 25, "tags": []}],
    {"level1": {"level2": {"level3": {"level4": "deep"}}, "sibling": [1, 2, 3]}},
    [1, [2, [3, [4, [5, [6]]]]]], {"x": [[1, 2, [3, 4, [5]]]]},
    [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"], ["i", "j"], ["k", "l"], ["m", "n"]],
    list(range(6)) + ["x" * 40],
]


def _js_value(v: Any) -> str:
    return lit(v)


def test_inspect_matches_node() -> None:
    expected = node_json(
        "const util = require('util');\n"
        f"process.stdout.write(JSON.stringify([{', '.join('util.inspect(' + _js_value(v) + ')' for v in VALUES)}]));"
    )
    diffs = []
    for v, want in zip(VALUES, expected, strict=True):
        got = inspect(py_value(v))
        if got != want:
            diffs.append(f"{_js_value(v)[:120]}\n--- node:\n{want}\n--- python:\n{got}")
    assert not diffs, f"{len(diffs)} of {len(VALUES)} differ:\n" + "\n".join(diffs)


FORMAT_ARGS: list[list[Any]] = [
    [], ["plain"], ["a", "b"], ["%s"], ["%%"], ["100%%", 1], ["%s %s", "x"], ["%s", "x", "y"],
    ["%s", 1.5], ["%s", -0.0], ["%s", None], ["%s", True], ["%s", {"a": [1, {"b": {"c": 1}}]}],
    ["%s", [1, [2, [3]]]], ["%d", "42"], ["%d", "x"], ["%d", [5]], ["%d", -0.0],
    ["%i", 42.9], ["%i", "-17.5px"], ["%f", "3.25abc"], ["%f", None], ["%j", {"a": [1, None]}],
    ["%j", None], ["%j", CYCLE], ["%O", {"a": {"b": {"c": {"d": 1}}}}], ["%o", [1, {"a": 2}]],
    ["%o", {"x": [1]}], ["%c styled", "color: red"], ["%x %s", "a"], ["%", 1], ["a%", 1], ["%s%s", "a", "b", 3],
    [1, "a", None], [{"a": 1}, "%s", 2], ["%s:%d:%i", "x", 2, 3, {"extra": True}], ["%%s %s", "v"],
    ["%s", "multi\nline"], ["x", "multi\nline"], ["%s", _typed("Uint8Array", [1, 2])],
]


def test_format_matches_node() -> None:
    calls = ", ".join("util.format(" + ", ".join(_js_value(a) for a in args) + ")" for args in FORMAT_ARGS)
    expected = node_json(f"const util = require('util');\nprocess.stdout.write(JSON.stringify([{calls}]));")
    diffs = []
    for args, want in zip(FORMAT_ARGS, expected, strict=True):
        got = format_args([py_value(a) for a in args])
        if got != want:
            diffs.append(f"{args!r:.100}\n    node:   {want!r}\n    python: {got!r}")
    assert not diffs, f"{len(diffs)} of {len(FORMAT_ARGS)} differ:\n" + "\n".join(diffs)


def test_console_log_bytes_match_node() -> None:
    cases = [["hello", to_js("wörld 😀")], [-0.0], [{"a": "x" * 90}], ["\ud800 lone"], [[1.0, 2.0]], []]
    script = "\n".join("console.log(" + ", ".join(_js_value(a) for a in args) + ");" for args in cases)
    script += "\nconsole.error('to stderr', { e: 1 });"
    assert NODE is not None
    node = subprocess.run([NODE, "-e", script], capture_output=True, check=True)
    log = GLOBALS["console"].js_get("log")
    with capture_console() as out:
        for args in cases:
            log(*[py_value(a) for a in args])
        GLOBALS["console"].js_get("error")("to stderr", JSObject(e=1.0))
    assert out.out_buffer.getvalue() == node.stdout
    assert out.err_buffer.getvalue() == node.stderr


def test_proto_is_a_plain_key() -> None:
    # SPEC §0.19: ``__proto__`` is an ordinary key; Node prints such an own property this way.
    assert inspect(JSObject([("__proto__", 4.0), ("a", 1.0)])) == "{ ['__proto__']: 4, a: 1 }"


def test_zigttp_kinds() -> None:
    assert inspect(GLOBALS["range"](0.0, 5.0)) == "range(0, 5, 1)"
    assert inspect(JSArray([GLOBALS["range"](3.0)])) == "[ range(0, 3, 1) ]"
    assert inspect(GLOBALS["Math"]) == "Object [Math] {}"
    assert inspect(GLOBALS["String"]) == "[Function: String]"
    assert inspect(GLOBALS["Uint8Array"].js_get("from")) == "[Function: from]"
    assert inspect(GLOBALS["JSON"].js_get("parse")) == "[Function: parse]"


def _random_value(rng: Any, depth: int) -> Any:
    kind = rng.random()
    if depth > 4 or kind < 0.45:
        return rng.choice([
            None, True, False, 0.0, -0.0, float(rng.randint(-1000, 100000)), rng.random() * 1e6, 1e21, math.nan,
            "", "x" * rng.randint(1, 90), rng.choice(WORDS), "it's", "line\nbreak " * rng.randint(1, 8),
            "😀 é", "tab\there",
        ])
    if kind < 0.75:
        return [_random_value(rng, depth + 1) for _ in range(rng.choice([0, 1, 2, 3, 5, 7, 8, 12, 30]))]
    keys = [rng.choice(WORDS + ["a-b", "x y", "k1", "_u"]) + str(i) for i in range(rng.choice([0, 1, 2, 4, 6, 9]))]
    return {k: _random_value(rng, depth + 1) for k in keys}


def test_random_nested_values_match_node() -> None:
    import random

    rng = random.Random(20240601)
    values = [_random_value(rng, 0) for _ in range(400)]
    expected = node_json(
        "const util = require('util');\n"
        f"process.stdout.write(JSON.stringify([{', '.join('util.inspect(' + lit(v) + ')' for v in values)}]));"
    )
    diffs = [f"{lit(v)[:200]}\n--- node:\n{want}\n--- python:\n{inspect(py_value(v))}"
             for v, want in zip(values, expected, strict=True) if inspect(py_value(v)) != want]
    assert not diffs, f"{len(diffs)} of {len(values)} differ:\n" + "\n".join(diffs[:5])
