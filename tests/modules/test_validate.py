"""zigttp:validate (SPEC §11.6, §0.14): compile rules, every message, pointers, ordering, coercion."""

from __future__ import annotations

import json

import pytest
from zigttp.vm.modules import validate
from zigttp.vm.modules.validate import coerceJson, schemaCompile, schemaDrop, validateJson, validateObject
from zigttp.vm.values import FrozenObject, JSArray, JSError, JSObject

from .jsrun import call, jsdata, load_js


def compile_(schema, name: str = "s") -> bool:
    return schemaCompile(name, schema if isinstance(schema, str) else json.dumps(schema))


def check(schema, data) -> dict:
    return check_text(schema, json.dumps(data))


def check_text(schema, text: str) -> dict:
    assert compile_(schema) is True
    return jsdata(validateJson("s", text))


def errors(schema, data) -> list[tuple[str, str]]:
    result = check(schema, data)
    assert result["ok"] is False, result
    return [(e["path"], e["message"]) for e in result["errors"]]


PARSE_ERROR = "invalid JSON at position 1: unexpected character ','"
NOTE = {
    "type": "object",
    "required": ["title"],
    "properties": {"title": {"type": "string", "minLength": 1}, "tags": {"type": "array", "items": {"type": "string"}}},
    "additionalProperties": False,
}


def test_spec_example() -> None:
    assert check(NOTE, {"title": "Buy milk", "tags": ["home"]}) == {
        "ok": True, "value": {"title": "Buy milk", "tags": ["home"]}}
    assert errors(NOTE, {"tags": [1]}) == [("/tags/0", "expected string, got number"),
                                           ("/title", "missing required property 'title'")]
    assert errors(NOTE, {"title": "x", "due": "today"}) == [("/due", "unexpected property 'due'")]


def test_result_shapes() -> None:
    compile_(NOTE)
    ok = validateJson("s", '{"title":"t"}')
    bad = validateJson("s", "{}")
    assert type(ok) is FrozenObject and list(ok) == ["ok", "value"]
    assert list(bad) == ["ok", "errors"] and isinstance(bad["errors"], JSArray)
    assert list(bad["errors"][0]) == ["path", "message"]


@pytest.mark.parametrize(("schema", "data", "expected"), [
    ({"type": "string"}, 1, [("", "expected string, got number")]),
    ({"type": "integer"}, 1.5, [("", "expected integer, got number")]),
    ({"type": ["string", "integer"]}, None, [("", "expected string or integer, got null")]),
    ({"type": "object"}, [1], [("", "expected object, got array")]),
    ({"type": "array"}, {}, [("", "expected array, got object")]),
    ({"type": "null"}, True, [("", "expected null, got boolean")]),
    ({"required": ["a", "b"]}, {"a": 1}, [("/b", "missing required property 'b'")]),
    ({"dependentRequired": {"a": ["b", "c"]}}, {"a": 1, "c": 1}, [("/b", "missing property 'b' required by 'a'")]),
    ({"properties": {"a": {}}, "additionalProperties": False}, {"a": 1, "x/y": 2, "z~": 3},
     [("/x~1y", "unexpected property 'x/y'"), ("/z~0", "unexpected property 'z~'")]),
    ({"patternProperties": {"^x": {}}, "additionalProperties": False}, {"xa": 1, "b": 2},
     [("/b", "unexpected property 'b'")]),
    ({"allOf": [{"properties": {"a": {}}}], "unevaluatedProperties": False}, {"a": 1, "b": 2},
     [("/b", "unexpected property 'b'")]),
    ({"enum": ["a", 1]}, "b", [("", "value is not one of the allowed values")]),
    ({"const": {"a": [1, None, 1.5, "é"]}}, 0, [("", 'value must be {"a":[1,null,1.5,"é"]}')]),
    ({"minLength": 2}, "😀", [("", "must be at least 2 characters long")]),  # code points, not UTF-16 units
    ({"maxLength": 1}, "ab", [("", "must be at most 1 characters long")]),
    ({"pattern": "^[a-z]+$"}, "A", [("", "does not match pattern '^[a-z]+$'")]),
    ({"format": "uuid"}, "x", [("", "is not a valid uuid")]),
    ({"minimum": 2}, 1, [("", "must be >= 2")]),
    ({"maximum": 1.5}, 2, [("", "must be <= 1.5")]),
    ({"exclusiveMinimum": 0}, 0, [("", "must be > 0")]),
    ({"exclusiveMaximum": 1e21}, 1e22, [("", "must be < 1e+21")]),
    ({"multipleOf": 0.5}, 0.7, [("", "must be a multiple of 0.5")]),
    ({"minItems": 2}, [1], [("", "must have at least 2 items")]),
    ({"maxItems": 0}, [1], [("", "must have at most 0 items")]),
    ({"uniqueItems": True}, [1, {"a": 1}, {"a": 1}], [("", "items must be unique")]),
    ({"contains": {"type": "string"}}, [1], [("", "must contain at least 1 matching items")]),
    ({"contains": {"type": "string"}, "minContains": 2}, ["a", 1], [("", "must contain at least 2 matching items")]),
    ({"contains": {"type": "string"}, "maxContains": 1}, ["a", "b"], [("", "must contain at most 1 matching items")]),
    ({"minProperties": 1}, {}, [("", "must have at least 1 properties")]),
    ({"maxProperties": 1}, {"a": 1, "b": 2}, [("", "must have at most 1 properties")]),
    ({"propertyNames": {"pattern": "^[a-z]+$"}}, {"ok": 1, "No": 2, "x1": 3},
     [("", "property name 'No' is invalid"), ("", "property name 'x1' is invalid")]),
    ({"prefixItems": [{}], "items": False}, [1, 2, 3], [("/1", "unexpected item"), ("/2", "unexpected item")]),
    ({"prefixItems": [{}], "unevaluatedItems": False}, [1, 2], [("/1", "unexpected item")]),
    ({"oneOf": [{"type": "number"}, {"minimum": 0}]}, 1, [("", "must match exactly one schema in oneOf")]),
    ({"anyOf": [{"type": "string"}, {"type": "null"}]}, 1, [("", "must match at least one schema in anyOf")]),
    ({"not": {"type": "number"}}, 1, [("", "must not match the schema in not")]),
    (False, 1, [("", "no value is allowed here")]),
    ({"properties": {"a": False}}, {"a": 1}, [("/a", "no value is allowed here")]),
    ({"if": {"type": "string"}, "then": {"minLength": 3}, "else": {"type": "number"}}, "ab",
     [("", "must be at least 3 characters long")]),
    ({"if": {"type": "string"}, "then": {"minLength": 3}, "else": {"type": "number"}}, True,
     [("", "expected number, got boolean")]),
    ({"items": {"properties": {"zip": {"type": "string"}}}}, [{}, {"zip": 1}], [("/1/zip", "expected string, got number")]),
])
def test_messages(schema, data, expected) -> None:
    assert errors(schema, data) == expected


def test_valid_values_and_nulls() -> None:
    assert check_text({"type": "null"}, "null") == {"ok": True, "value": None}
    assert check_text({"properties": {"a": {"type": "null"}}}, '{"a":null,"b":[null]}') == {
        "ok": True, "value": {"a": None, "b": [None]}}
    assert check_text({"type": "integer"}, "2.0") == {"ok": True, "value": 2.0}
    assert check_text(True, '"\\ud83d\\ude00"') == {"ok": True, "value": "\ud83d\ude00"}


def test_errors_are_sorted_deduplicated_and_capped() -> None:
    schema = {"type": "array", "items": {"type": "string"}}
    found = errors(schema, list(range(150)))
    assert len(found) == 100
    assert found == sorted(found)
    assert found[:3] == [("/0", "expected string, got number"), ("/1", "expected string, got number"),
                         ("/10", "expected string, got number")]
    both = {"allOf": [{"required": ["a"]}, {"required": ["a"]}]}
    assert errors(both, {}) == [("/a", "missing required property 'a'")]


def test_parse_errors_and_unknown_names() -> None:
    compile_(NOTE)
    assert jsdata(validateJson("s", None)) == {
        "ok": False, "errors": [{"path": "", "message": "invalid JSON at position 0: unexpected end of input"}]}
    assert jsdata(validateJson("s", "{,}")) == {"ok": False, "errors": [{"path": "", "message": PARSE_ERROR}]}
    for fn in (validateJson, coerceJson):
        assert jsdata(fn("note", "{}")) == {"ok": False, "errors": [{"path": "", "message": "schema 'note' not found"}]}
    assert jsdata(validateObject("note", JSObject())) == {
        "ok": False, "errors": [{"path": "", "message": "schema 'note' not found"}]}


def test_validate_object() -> None:
    compile_({"type": "object", "properties": {"n": {"type": "number"}, "u": {"type": "null"}}, "required": ["n"]})
    value = JSObject(n=1.0, skip=None, f=lambda: 1)
    result = validateObject("s", value)
    assert result["ok"] is True and result["value"] is value
    assert jsdata(validateObject("s", JSObject(n="1"))) == {
        "ok": False, "errors": [{"path": "/n", "message": "expected number, got string"}]}
    assert jsdata(validateObject("s", JSObject(n=float("nan"))))["errors"][0]["message"] == "expected number, got null"
    assert jsdata(validateObject("s", None))["errors"][0]["message"] == (
        "invalid JSON at position 0: unexpected end of input")


def test_coerce() -> None:
    schema = {
        "type": "object",
        "properties": {
            "n": {"type": "number"}, "i": {"type": "integer"}, "b": {"type": "boolean"}, "s": {"type": "string"},
            "either": {"type": ["number", "boolean"]}, "keep": {"type": ["string", "number"]},
            "list": {"type": "array", "items": {"type": "integer"}},
            "tuple": {"prefixItems": [{"type": "boolean"}, {"type": "string"}]},
            "ref": {"$ref": "#/$defs/num"},
            "all": {"allOf": [{"type": "number"}]},
        },
        "additionalProperties": {"type": "number"},
        "$defs": {"num": {"type": "number"}},
    }
    compile_(schema)
    data = {"n": "1.5", "i": "42", "b": "true", "s": 7, "either": "false", "keep": "5", "list": ["1", "2"],
            "tuple": ["false", 2.5], "ref": "-3e2", "all": "0", "extra": "8"}
    result = jsdata(coerceJson("s", json.dumps(data)))
    assert result == {"ok": True, "value": {"n": 1.5, "i": 42.0, "b": True, "s": "7", "either": False, "keep": "5",
                                            "list": [1.0, 2.0], "tuple": [False, "2.5"], "ref": -300.0, "all": 0.0,
                                            "extra": 8.0}}
    bad = jsdata(coerceJson("s", '{"i":"1.5","n":"01","b":"yes","s":true}'))
    assert bad == {"ok": False, "errors": [
        {"path": "/b", "message": "expected boolean, got string"},
        {"path": "/i", "message": "expected integer, got string"},
        {"path": "/n", "message": "expected number, got string"}]}
    assert jsdata(coerceJson("s", '{"s":true}')) == {"ok": True, "value": {"s": "true"}}


@pytest.mark.parametrize("schema", [
    "{",  # not JSON
    "[1]",  # not a schema
    '{"type": "nope"}',
    '{"minLength": -1}',
    '{"$ref": "#/$defs/missing"}',
    '{"$ref": "#nowhere"}',
    '{"$ref": "https://example.com/remote.json"}',
    '{"properties": {"a": {"$ref": "other.json"}}}',
    '{"pattern": "("}',
    '{"pattern": "(?<name>a)"}',  # ECMAScript-only named group
    '{"pattern": "\\\\p{L}"}',
    '{"pattern": "(?P<name>a)"}',  # Python-only
    '{"pattern": "(?i)a"}',
    '{"patternProperties": {"[]x]": {}}}',
    '{"items": {"pattern": "a{,3}"}}',
    '{"type": "string", "minimum": NaN}',
])
def test_compile_refuses(schema: str) -> None:
    assert schemaCompile("bad", schema) is False
    assert "bad" not in validate.REGISTRY


def test_compile_size_limit() -> None:
    big = json.dumps({"description": "x" * (1024 * 1024)})
    assert schemaCompile("big", big) is False
    ok = json.dumps({"description": "x" * (1024 * 1024 - 100)})
    assert schemaCompile("ok", ok) is True


def test_references() -> None:
    schema = {
        "$id": "https://example.com/root.json",
        "$schema": "http://json-schema.org/draft-07/schema#",  # ignored: always 2020-12
        "type": "object",
        "properties": {
            "a": {"$ref": "#/$defs/pos"},
            "b": {"$ref": "#pos"},
            "c": {"$ref": "item.json"},
            "d": {"$ref": "https://example.com/root.json#/$defs/pos"},
            "e": {"$ref": "#"},
        },
        "$defs": {
            "pos": {"$anchor": "pos", "type": "number", "minimum": 0},
            "item": {"$id": "item.json", "type": "string"},
        },
    }
    assert compile_(schema) is True
    assert errors(schema, {"a": -1, "b": "x", "c": 1, "d": -2, "e": {"a": -5}}) == [
        ("/a", "must be >= 0"), ("/b", "expected number, got string"), ("/c", "expected string, got number"),
        ("/d", "must be >= 0"), ("/e/a", "must be >= 0")]
    draft7_sibling = {"properties": {"a": {"$ref": "#/$defs/s", "maxLength": 1}}, "$defs": {"s": {"type": "string"}}}
    assert errors(draft7_sibling, {"a": "ab"}) == [("/a", "must be at most 1 characters long")]


def test_registry_replace_and_drop() -> None:
    assert compile_({"type": "string"}, "x") is True
    assert compile_({"type": "number"}, "x") is True
    assert jsdata(validateJson("x", "1"))["ok"] is True
    assert compile_("{", "x") is False  # a failed compile keeps the old schema
    assert jsdata(validateJson("x", "1"))["ok"] is True
    assert schemaDrop("x") is True
    assert schemaDrop("x") is False


@pytest.mark.parametrize(("call_", "message"), [
    (lambda: schemaCompile(1.0, "{}"), "schemaCompile(): 'name' must be a string"),
    (lambda: schemaCompile("n", JSObject()), "schemaCompile(): 'schemaJson' must be a string"),
    (lambda: validateJson(None, "1"), "validateJson(): 'name' must be a string"),
    (lambda: validateJson("n", 1.0), "validateJson(): 'json' must be a string or undefined"),
    (lambda: validateObject(None, 1.0), "validateObject(): 'name' must be a string"),
    (lambda: coerceJson("n", JSObject()), "coerceJson(): 'json' must be a string or undefined"),
    (lambda: schemaDrop(), "schemaDrop(): 'name' must be a string"),
])
def test_argument_errors(call_, message: str) -> None:
    compile_({}, "n")
    with pytest.raises(JSError) as info:
        call_()
    assert info.value.text() == "TypeError: " + message


def test_registry_persists_across_requests() -> None:
    program = load_js("""
import { schemaCompile, validateJson } from "zigttp:validate";
schemaCompile("n", JSON.stringify({ type: "number" }));
export function handler(req: Request): Response {
  if (req.path === "/add") {
    return Response.json(schemaCompile("s", JSON.stringify({ type: "string" })));
  }
  const r = validateJson(req.path === "/n" ? "n" : "s", req.text());
  return Response.json(r);
}
""")
    assert call(program, "POST", "/n", b"1").body == b'{"ok":true,"value":1}'
    assert call(program, "POST", "/s", b"1").body == (
        b'{"ok":false,"errors":[{"path":"","message":"schema \'s\' not found"}]}')
    assert call(program, "GET", "/add").body == b"true"
    assert call(program, "POST", "/s", b'"x"').body == b'{"ok":true,"value":"x"}'


def test_jsonschema_is_imported_lazily() -> None:
    import subprocess
    import sys

    code = ("import sys; from zigttp.vm.modules import MODULES; import zigttp.vm.outbound; "
            "print(any(m.startswith(('jsonschema', 'urllib3')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
