"""The run-time helpers of generated code (vm/ops.py), called directly."""

from __future__ import annotations

import math

import pytest
from zigttp.vm import ops
from zigttp.vm.values import FrozenArray, FrozenObject, JSArray, JSError, JSObject

NAN = math.nan


def same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        if a != a:
            return b != b
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    return type(a) is type(b) and a == b


@pytest.mark.parametrize(("a", "b", "expected"), [
    (1.0, 2.0, 3.0), ("a", "b", "ab"), ("a", 1.0, "a1"), (1.5, "x", "1.5x"), (True, 1.0, 2.0),
    (None, 1.0, NAN), (JSArray([1.0]), JSArray([2.0]), "12"), ("n", None, "nundefined"), (JSObject(), "", "[object Object]"),
    (1e21, "", "1e+21"), (-0.0, "", "0"), (2.0**53, "", "9007199254740992"), (123456789012345680000.0, "", "123456789012345680000"),
])
def test_add(a: object, b: object, expected: object) -> None:
    assert same(ops.js_add(a, b), expected)


@pytest.mark.parametrize(("fn", "a", "b", "expected"), [
    (ops.js_div, 1.0, 0.0, math.inf), (ops.js_div, -1.0, 0.0, -math.inf), (ops.js_div, 1.0, -0.0, -math.inf),
    (ops.js_div, 0.0, 0.0, NAN), (ops.js_div, "6", "3", 2.0),
    (ops.js_mod, -7.0, 3.0, -1.0), (ops.js_mod, 5.0, 0.0, NAN), (ops.js_mod, math.inf, 2.0, NAN),
    (ops.js_mod, 2.0, math.inf, 2.0), (ops.js_mod, -4.0, 2.0, -0.0),
    (ops.js_pow, 2.0, 10.0, 1024.0), (ops.js_pow, 1.0, math.inf, NAN), (ops.js_pow, NAN, 0.0, 1.0),
    (ops.js_pow, -8.0, 1 / 3, NAN), (ops.js_pow, 0.0, -1.0, math.inf), (ops.js_pow, -0.0, -1.0, -math.inf),
    (ops.js_pow, -0.0, -2.0, math.inf), (ops.js_pow, 10.0, 400.0, math.inf), (ops.js_pow, -10.0, 401.0, -math.inf),
    (ops.js_sub, "5", 2.0, 3.0), (ops.js_mul, None, 2.0, NAN),
    (ops.js_band, 5.0, 3.0, 1.0), (ops.js_bor, 2.0**31, 0.0, -(2.0**31)), (ops.js_bxor, "7", 1.0, 6.0),
    (ops.js_shl, 1.0, 31.0, -(2.0**31)), (ops.js_shl, 1.0, 32.0, 1.0), (ops.js_sar, -16.0, 2.0, -4.0),
    (ops.js_shr, -1.0, 0.0, 4294967295.0), (ops.js_shr, -16.0, 2.0, 1073741820.0),
])
def test_arithmetic(fn, a: object, b: object, expected: float) -> None:
    assert same(fn(a, b), expected)


def test_results_are_floats() -> None:
    for value in (ops.js_band(1.0, 1.0), ops.js_bitnot(0.0), ops.js_length("ab"), ops.js_length(JSArray()),
                  ops.js_push(JSArray(), 1.0), ops.js_pos("3"), ops.js_neg(True)):
        assert type(value) is float


@pytest.mark.parametrize(("a", "b", "lt"), [
    (1.0, 2.0, True), ("a", "b", True), ("10", "9", True), ("10", 9.0, False), (None, 1.0, False),
    (JSArray([2.0]), 1.0, False), (NAN, 1.0, False), ("\ud83d", "\uffff", True),
])
def test_less_than(a: object, b: object, lt: bool) -> None:
    assert ops.js_lt(a, b) is lt


def test_strict_equality() -> None:
    o = JSObject()
    assert ops.js_seq(1.0, 1.0) and ops.js_seq(0.0, -0.0) and not ops.js_seq(NAN, NAN)
    assert ops.js_seq(o, o) and not ops.js_seq(o, JSObject()) and not ops.js_seq(JSArray(), JSArray())
    assert not ops.js_seq(True, 1.0) and not ops.js_seq(1.0, "1") and ops.js_seq(None, None)
    assert ops.js_sne("a", "b")


def test_property_reads() -> None:
    arr = JSArray([1.0, 2.0])
    assert ops.js_get(JSObject(a=1.0), "a") == 1.0
    assert ops.js_get(JSObject(), "missing") is None
    assert ops.js_get(arr, "1") == 2.0 and ops.js_get(arr, "2") is None and ops.js_get(arr, "01") is None
    assert ops.js_getk(arr, 0.0) == 1.0 and ops.js_getk(arr, 1.5) is None and ops.js_getk(arr, -1.0) is None
    assert ops.js_getk(arr, NAN) is None and ops.js_getk(arr, "length") == 2.0
    assert ops.js_getk(JSObject({"1": "x"}), 1.0) == "x"
    assert ops.js_getk("héllo", 1.0) == "é" and ops.js_get("ab", "length") == 2.0
    assert ops.js_index(arr, 1.0) == 2.0 and ops.js_index(arr, 2.0) is None
    assert ops.js_get(FrozenObject(a=1.0), "a") == 1.0
    assert ops.js_getk(FrozenArray([5.0]), 0.0) == 5.0


def test_reading_from_undefined() -> None:
    with pytest.raises(JSError) as info:
        ops.js_get(None, "x")
    assert info.value.text() == "TypeError: Cannot read properties of undefined (reading 'x')"
    with pytest.raises(JSError) as info:
        ops.js_getk(None, 1.0)
    assert info.value.text() == "TypeError: Cannot read properties of undefined (reading '1')"


def test_array_writes_are_dense() -> None:
    arr = JSArray([1.0])
    ops.js_setk(arr, 3.0, "x")
    assert arr == [1.0, None, None, "x"]
    ops.js_set(arr, "length", 2.0)
    assert arr == [1.0, None]
    ops.js_set(arr, "length", 3.0)
    assert arr == [1.0, None, None]
    ops.js_set(arr, "0", "first")
    assert arr[0] == "first"
    with pytest.raises(JSError, match="Cannot set property 'foo' on an array"):
        ops.js_set(arr, "foo", 1.0)
    with pytest.raises(JSError, match="Invalid array length"):
        ops.js_set(arr, "length", 1.5)
    with pytest.raises(JSError, match="Cannot set property '1.5' on an array"):
        ops.js_setk(arr, 1.5, 1.0)


def test_writes_return_the_value_and_respect_frozen_state() -> None:
    o = JSObject()
    assert ops.js_set(o, "a", 5.0) == 5.0 and o == {"a": 5.0}
    assert ops.js_setk(o, 2.0, "two") == "two" and o["2"] == "two"
    for frozen in (FrozenObject(), FrozenArray()):
        with pytest.raises(JSError, match="Cannot modify module-level state during a request"):
            ops.js_set(frozen, "0", 1.0)
    with pytest.raises(JSError, match="Cannot create property 'x' on boolean 'true'"):
        ops.js_set(True, "x", 1.0)
    with pytest.raises(JSError, match=r"Cannot set properties of undefined \(setting 'k'\)"):
        ops.js_setk(None, "k", 1.0)


def test_method_calls() -> None:
    assert ops.js_callm("abc", "toUpperCase") == "ABC"
    assert ops.js_callm(JSArray([1.0, 2.0]), "join", "-") == "1-2"
    assert ops.js_callm(JSObject(f=lambda x=None, *_: x), "f", 7.0) == 7.0
    assert ops.js_callm(2.5, "toFixed", 1.0) == "2.5"
    assert ops.js_callk(JSObject(g=lambda *_: "g"), "g") == "g"
    with pytest.raises(TypeError, match="not callable"):
        ops.js_callm(JSObject(), "nope")


def test_boolean_assertion() -> None:
    assert ops.js_bool(True, "ctx") is True and ops.js_not(False) is True
    with pytest.raises(JSError) as info:
        ops.js_bool(0.0, "'if' condition")
    assert info.value.text() == "TypeError: non-boolean value (number) in 'if' condition"
    with pytest.raises(JSError, match=r"non-boolean value \(undefined\) in '!' operand"):
        ops.js_not(None)


def test_iteration_helpers() -> None:
    assert list(ops.js_iter("a\ud83d\ude00", "s")) == ["a", "\ud83d\ude00"]
    assert list(ops.js_range_iter(3.0)) == [0.0, 1.0, 2.0]
    assert list(ops.js_spread(JSArray([1.0]), "x")) == [1.0]
    with pytest.raises(JSError, match="obj is not iterable"):
        ops.js_iter(JSObject(), "obj")
    with pytest.raises(JSError, match="Cannot destructure 'v' as it is undefined"):
        ops.js_darr(None, "v")
    assert ops.js_at([1.0], 3) is None and ops.js_arest([1.0, 2.0, 3.0], 1) == [2.0, 3.0]
    rest = ops.js_orest(JSObject({"b": 1.0, "1": 2.0, "a": 3.0}), ("a",))
    assert list(rest) == ["1", "b"] and type(rest) is JSObject


def test_object_spread_source() -> None:
    assert ops.js_ospread(None) == {}
    assert ops.js_ospread("ab") == {"0": "a", "1": "b"}
    assert list(ops.js_ospread(JSObject({"b": 1.0, "2": 2.0}))) == ["2", "b"]
    plain = JSObject(a=1.0)
    assert ops.js_ospread(plain) is plain


def test_in_operator() -> None:
    assert ops.js_in("a", JSObject(a=None)) and ops.js_in(0.0, JSArray([1.0])) and not ops.js_in(1.0, JSArray([1.0]))
    with pytest.raises(JSError, match="Cannot use 'in' operator to search for 'a' in 5"):
        ops.js_in("a", 5.0)


def test_typeof() -> None:
    assert [ops.js_typeof(v) for v in (None, True, 1.0, "s", JSObject(), JSArray(), ops.js_add)] == [
        "undefined", "boolean", "number", "string", "object", "object", "function"]
    assert ops.js_typeof_global("Math") == "object" and ops.js_typeof_global("nope") == "undefined"


def test_string_conversion_fast_path_matches_number_to_string() -> None:
    from zigttp.vm.conversions import to_string

    for x in (0.0, -0.0, 1.0, -5.0, 2.0**53, -(2.0**53), 2.0**53 + 2, 1e21, 1.5, 1e-7, 123456789.0, NAN, math.inf):
        assert ops.js_str(x) == to_string(x)
