"""Conversions and equality (SPEC §3.14, §0.11, §0.12)."""

from __future__ import annotations

import math

from jsoracle import Expr, Raw, assert_same_as_node, lit, needs_node, py_value
from zigttp.vm.builtins import GLOBALS
from zigttp.vm.conversions import (
    own_keys,
    same_value_zero,
    strict_equals,
    to_boolean,
    to_number,
    to_property_key,
    to_string,
    typeof,
)
from zigttp.vm.values import HostObject, JSArray, JSObject

pytestmark = needs_node

VALUES = [None, True, False, 0.0, -0.0, math.nan, 1.0, "", "0", "1", " 12 ", "abc", [], [1], [1, 2],
          [None], [[None, [2]]], {}, {"a": 1}]


def test_to_string_to_number_to_boolean_typeof() -> None:
    cases = []
    for v in VALUES:
        cases.append(Expr(f"String({lit(v)})", lambda v=v: to_string(py_value(v))))
        cases.append(Expr(f"Number({lit(v)})", lambda v=v: to_number(py_value(v))))
        cases.append(Expr(f"Boolean({lit(v)})", lambda v=v: to_boolean(py_value(v))))
        cases.append(Expr(f"typeof {lit(v)}", lambda v=v: typeof(py_value(v))))
    cyclic = Raw("(() => { const a = [1]; a.push(a, 2); return a; })()",
                 lambda: (lambda a: (a.extend([a, 2.0]), a)[1])(JSArray([1.0])))
    cases.append(Expr(f"String({cyclic.js})", lambda: to_string(cyclic.py())))
    assert_same_as_node(cases)


def test_strict_equality_and_same_value_zero() -> None:
    obj = JSObject()
    assert strict_equals(1.0, 1.0) and strict_equals(0.0, -0.0) and not strict_equals(math.nan, math.nan)
    assert not strict_equals(True, 1.0) and not strict_equals(1.0, True) and not strict_equals("1", 1.0)
    assert strict_equals(None, None) and not strict_equals(None, False)
    assert strict_equals(obj, obj) and not strict_equals(obj, JSObject())
    assert strict_equals(1, 1.0)  # ints accepted defensively
    assert same_value_zero(math.nan, math.nan) and same_value_zero(0.0, -0.0)


def test_property_keys_and_order() -> None:
    assert to_property_key(1.0) == "1" and to_property_key(-0.0) == "0" and to_property_key(1.5) == "1.5"
    assert to_property_key(1e21) == "1e+21" and to_property_key(None) == "undefined"
    assert own_keys(JSObject([("b", 1), ("10", 1), ("1", 1), ("a", 1), ("4294967295", 1)])) == [
        "1", "10", "b", "a", "4294967295"]
    assert own_keys("ab") == ["0", "1"] and own_keys(JSArray([5.0])) == ["0"]


def test_host_objects_to_string() -> None:
    class Thing(HostObject):
        js_class = "Headers"

    assert to_string(Thing()) == "[object Headers]"
    assert to_string(GLOBALS["String"]) == "function String() { [native code] }"
    assert typeof(GLOBALS["String"]) == "function" and typeof(GLOBALS["Math"]) == "object"
    assert typeof(GLOBALS["range"](1.0)) == "object" and typeof(lambda: None) == "function"
