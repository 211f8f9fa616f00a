"""JSON.parse / JSON.stringify / JSON.tryParse (SPEC §9.8): values and formatting against Node, error
messages and positions against the spec."""

from __future__ import annotations

import math

import pytest
from jsoracle import Expr, Fn, Raw, assert_same_as_node, call, lit, needs_node, node_eval, run_py
from zigttp.vm.builtins import GLOBALS
from zigttp.vm.jsjson import json_parse, json_stringify, json_try_parse
from zigttp.vm.utf16 import to_js
from zigttp.vm.values import JSArray, JSError, JSObject

pytestmark = needs_node

VALID = [
    "0", "-0", "1.5e3", "-12.25E-2", "1e400", "-1e-400", "123456789012345678901234567890", '"a"', '""',
    '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud83d\\ude00"', '"\\ud800"', '"\\uDC00x"', '"😀"', "true",
    "false", "[]", "{}", " [1, 2, [3, {\"a\": [4]}]] ", '{"a": 1, "b": {"c": "d"}, "a": 2}',
    '{"2": 1, "1": 2, "x": 3, "__proto__": 4}', '\t\n\r {"k":"v"}\n', '[1e2, 0.5, -0, 0e0]',
    "[" * 50 + "]" * 50, '{"a":[{"b":[{"c":true}]}]}',
]


def test_parse_valid_documents() -> None:
    assert_same_as_node([call("JSON.parse", text) for text in VALID])


def test_parse_converts_non_strings_and_null() -> None:
    cases = [call("JSON.parse", v) for v in (5, True, [1], [[2]])]
    assert_same_as_node(cases)
    assert json_parse("[null, 1]") == [None, 1.0]
    assert json_parse('{"a": null}') == {"a": None}
    assert json_stringify(json_parse('{"a":null}')) == "{}"


ERRORS = [
    ("", 0, "unexpected end of input"),
    ("   ", 3, "unexpected end of input"),
    ("[", 1, "unexpected end of input"),
    ("[1,", 3, "unexpected end of input"),
    ('{"a"', 4, "unexpected end of input"),
    ('{"a":', 5, "unexpected end of input"),
    ("tru", 3, "unexpected end of input"),
    ("x", 0, "unexpected character 'x'"),
    ("[1,]", 3, "unexpected character ']'"),
    ("{,}", 1, "unexpected character ','"),
    ('{"a" 1}', 5, "unexpected character '1'"),
    ('{"a":1,}', 7, "unexpected character '}'"),
    ("{'a':1}", 1, "unexpected character '''"),
    ("[1 2]", 3, "unexpected character '2'"),
    ("trux", 3, "unexpected character 'x'"),
    ("NaN", 0, "unexpected character 'N'"),
    ("Infinity", 0, "unexpected character 'I'"),
    ("+1", 0, "unexpected character '+'"),
    (".5", 0, "unexpected character '.'"),
    ("\ufeff1", 0, "unexpected character '\ufeff'"),
    ('"a\nb"', 2, "unexpected character '\\n'"),
    ('"\t"', 1, "unexpected character '\\t'"),
    (to_js('"😀" x'), 5, "unexpected data after JSON value"),
    (to_js('["😀", 😀]'), 7, "unexpected character '\ud83d\ude00'"),
    ('"abc', 0, "unterminated string"),
    ('["a", "b', 6, "unterminated string"),
    ('"\\', 0, "unterminated string"),
    ('"\\u12', 0, "unterminated string"),
    ('"\\x"', 1, "invalid escape"),
    ('"ab\\u12G4"', 3, "invalid escape"),
    ('"\\U0041"', 1, "invalid escape"),
    ("-", 0, "invalid number"),
    ("-a", 0, "invalid number"),
    ("01", 0, "invalid number"),
    ("[-01]", 1, "invalid number"),
    ("1.", 0, "invalid number"),
    ("1.e5", 0, "invalid number"),
    ("1e", 0, "invalid number"),
    ("[1e+]", 1, "invalid number"),
    ("1.5.3", 3, "unexpected data after JSON value"),
    ("{} {}", 3, "unexpected data after JSON value"),
    ('"a""b"', 3, "unexpected data after JSON value"),
    ("[" * 1001 + "]" * 1001, 1000, "nesting too deep"),
    ('{"a":' * 1001 + "1" + "}" * 1001, 5000, "nesting too deep"),
]


@pytest.mark.parametrize(("text", "position", "reason"), ERRORS)
def test_parse_error_messages(text: str, position: int, reason: str) -> None:
    message = f"invalid JSON at position {position}: {reason}"
    with pytest.raises(JSError) as info:
        json_parse(text)
    assert info.value.text() == f"SyntaxError: {message}"
    assert json_try_parse(text) == {"ok": False, "error": message}


def test_parse_errors_are_errors_in_node_too() -> None:
    results = node_eval([f"JSON.parse({lit(text)})" for text, _, reason in ERRORS if reason != "nesting too deep"])
    assert all(r.startswith("E:SyntaxError: ") for r in results)


def test_nesting_limit_is_exactly_1000() -> None:
    assert json_parse("[" * 1000 + "]" * 1000) is not None
    deep = json_parse('{"a":' * 1000 + "1" + "}" * 1000)
    assert isinstance(deep, JSObject)


def test_try_parse() -> None:
    assert json_try_parse('{"a": [1]}') == {"ok": True, "value": {"a": [1.0]}}
    assert json_try_parse("") == {"ok": False, "error": "invalid JSON at position 0: unexpected end of input"}
    with pytest.raises(JSError, match=r"^TypeError: JSON.tryParse\(\) expects a string$"):
        json_try_parse(5.0)
    with pytest.raises(JSError, match=r"^TypeError: JSON.parse reviver is not supported; pass undefined$"):
        json_parse("1", lambda *a: None)


def test_parsed_values_use_the_value_model() -> None:
    value = json_parse('{"n": 1, "a": [2, {"b": [3]}], "s": "\\ud83d\\ude00"}')
    assert type(value) is JSObject and type(value["a"]) is JSArray and type(value["a"][1]["b"]) is JSArray
    assert type(value["n"]) is float and value["s"] == "\ud83d\ude00"
    assert json_parse('"\\ud83d\\ude00"') == "\ud83d\ude00"
    assert json_parse('{"a": 1, "b": 2, "a": 3}') == {"a": 3.0, "b": 2.0}
    assert list(json_parse('{"a": 1, "b": 2, "a": 3}')) == ["a", "b"]


FN = Fn("(() => 1)", lambda *a: 1.0)
TO_JSON = Fn("((k) => 'key:' + k)", lambda k, *a: "key:" + k)

STRINGIFY_VALUES = [
    None, True, 0.0, -0.0, 1e21, 1.5e-7, math.nan, math.inf, "plain", 'q"uote\\back\nline\t\b\f\r',
    "\x00\x1f\x7f", "\ud800", "a\udc00b", to_js("😀"), "\u2028\u2029", [], {}, [None, FN, 1],
    {"a": None, "b": FN, "c": [None], "d": {"e": {}}}, {"2": 1, "1": 2, "b": 3, "a": 4},
    [[[[[1]]]]], {"nested": [1, {"x": [2, 3]}, []], "empty": {}}, FN,
    {"toJSON": TO_JSON}, {"inner": {"toJSON": TO_JSON}}, [{"toJSON": TO_JSON}],
]
SPACES = [None, 2, 4, 10, 20, -1, 0, 1.9, "\t", "--", "0123456789abc", "", True]


def test_stringify_against_node() -> None:
    cases = [call("JSON.stringify", v) for v in STRINGIFY_VALUES]
    cases += [call("JSON.stringify", {"a": [1, {"b": 2}], "c": {}, "d": []}, None, s) for s in SPACES]
    cases += [call("JSON.stringify", [1, [2, []], {}], None, s) for s in (2, "ab")]
    typed = Raw("new Uint8Array([1, 2, 300])", lambda: GLOBALS["Uint8Array"](JSArray([1.0, 2.0, 300.0])))
    floats = Raw("new Float32Array([0.1, -0])", lambda: GLOBALS["Float32Array"](JSArray([0.1, -0.0])))
    cases += [call("JSON.stringify", typed), call("JSON.stringify", {"t": floats}, None, 1)]
    assert_same_as_node(cases)


def test_stringify_errors() -> None:
    cyclic = JSObject(a=1.0)
    cyclic["self"] = JSObject(back=cyclic)
    with pytest.raises(JSError, match="^TypeError: Converting circular structure to JSON$"):
        json_stringify(cyclic)
    arr = JSArray()
    arr.append(arr)
    with pytest.raises(JSError, match="^TypeError: Converting circular structure to JSON$"):
        json_stringify(arr)
    with pytest.raises(JSError, match=r"^TypeError: JSON.stringify replacer is not supported; pass undefined$"):
        json_stringify(1.0, JSArray(["a"]))
    # the same object twice (not a cycle) is fine
    shared = JSObject(x=1.0)
    assert json_stringify(JSArray([shared, shared])) == '[{"x":1},{"x":1}]'


def test_stringify_host_objects() -> None:
    assert json_stringify(GLOBALS["range"](3.0)) == "{}"
    assert json_stringify(JSObject(r=GLOBALS["range"](3.0), u=None)) == '{"r":{}}'


def test_round_trip_of_large_document_uses_fast_path_semantics() -> None:
    doc = JSArray(JSObject(id=float(i), name=f"n{i}", tags=JSArray(["a", "b"]), ok=i % 2 == 0) for i in range(500))
    text = json_stringify(doc)
    assert json_parse(text) == doc
    expected = node_eval([f"JSON.stringify(JSON.parse({lit(text)}))"])[0]
    assert run_py(lambda: json_stringify(json_parse(text))) == expected


def test_results_for_literal_cases() -> None:
    cases = [Expr("JSON.stringify({a: undefined})", lambda: json_stringify(JSObject(a=None)))]
    assert_same_as_node(cases)
