"""Array.prototype, Array/Object statics against Node (SPEC §9.3, §9.4), plus the zigttp-only rules:
boolean predicate results, frozen module state and the reduce error."""

from __future__ import annotations

import math
from typing import Any

import pytest
from jsoracle import Expr, Fn, Raw, assert_same_as_node, call, method, needs_node
from zigttp.vm.builtins import ARRAY_METHODS, GLOBALS
from zigttp.vm.conversions import to_number, to_string
from zigttp.vm.values import FrozenArray, JSArray, JSError, JSObject

pytestmark = needs_node

DOUBLE = Fn("((x, i) => x * 2 + i)", lambda x, i, *_: to_number(x) * 2 + i)
IS_EVEN = Fn("((x) => x % 2 === 0)", lambda x, *_: math.fmod(to_number(x), 2) == 0)
ADD = Fn("((a, b) => a + b)", lambda a, b, *_: (a + b) if type(a) is type(b) is float else to_string(a) + to_string(b))
PAIR = Fn("((x, i) => [x, i])", lambda x, i, *_: JSArray([x, i]))
BY_NUMBER = Fn("((a, b) => a - b)", lambda a, b, *_: to_number(a) - to_number(b))
DESC = Fn("((a, b) => b - a)", lambda a, b, *_: to_number(b) - to_number(a))
BY_FIRST = Fn("((a, b) => a[0] - b[0])", lambda a, b, *_: a[0] - b[0])
CONST_NAN = Fn("(() => NaN)", lambda *_: math.nan)
CONST_STR = Fn("(() => '1')", lambda *_: "1")

NUMS = [3, 1, 4, 1, 5, 9, 2, 6]


def test_non_mutating_methods() -> None:
    arrays: list[Any] = [NUMS, [], [1, [2, [3, [4]]], None, "x"], ["b", "a", None, "c"], [math.nan, 0, -0.0]]
    cases: list[Expr] = []
    for a in arrays:
        for m, args in [
            ("at", [0]), ("at", [-1]), ("at", [99]), ("concat", [[7, 8], 9, [[10]]]), ("join", []),
            ("join", ["-"]), ("join", [None]), ("slice", [1, -1]), ("slice", [-2]), ("includes", [1]),
            ("includes", [math.nan]), ("includes", [-0.0]), ("indexOf", [1]), ("indexOf", [1, 2]),
            ("indexOf", [math.nan]), ("lastIndexOf", [1]), ("lastIndexOf", [1, -6]), ("flat", []),
            ("flat", [math.inf]), ("flat", [0]), ("map", [DOUBLE]), ("map", [PAIR]), ("flatMap", [PAIR]),
            ("reduce", [ADD, 100]), ("reduceRight", [ADD, "x"]), ("toReversed", []), ("toSorted", []),
            ("toSorted", [BY_NUMBER]), ("toSpliced", [1, 2, "a", "b"]), ("toSpliced", [-1]),
            ("toSpliced", []), ("with", [1, "w"]), ("with", [-1, "w"]), ("with", [99, 1]), ("toString", []),
            ("forEach", [DOUBLE]),
        ]:
            cases.append(method(a, m, *args))
    assert_same_as_node(cases)


def test_predicates() -> None:
    cases: list[Expr] = []
    for a in [NUMS, [], [1, 3], [2]]:
        for m in ("every", "some", "filter", "find", "findIndex", "findLast", "findLastIndex"):
            cases.append(method(a, m, IS_EVEN))
    assert_same_as_node(cases)


def _mutate(a: list[Any], m: str, *args: Any) -> Expr:
    """``[a.m(...args), a]`` so that both the result and the mutated array are compared."""
    call_expr = method(a, m, *args)
    js = f"(() => {{ const a = {call_expr.js.split(').', 1)[0]}); const r = a.{m}({call_expr.js.split('(', 2)[2]}; return [r, a]; }})()"

    def py() -> Any:
        from jsoracle import py_value

        arr = py_value(a)
        r = ARRAY_METHODS[m](arr, *[py_value(x) for x in args])
        return JSArray([r, arr])

    return Expr(js, py)


def test_mutating_methods() -> None:
    cases = []
    for a in [NUMS, [], ["x"]]:
        for m, args in [
            ("push", [1, 2]), ("push", []), ("pop", []), ("shift", []), ("unshift", [0, -1]),
            ("reverse", []), ("sort", []), ("sort", [DESC]), ("fill", [0]), ("fill", [7, 1, -1]),
            ("splice", [1, 2, "a"]), ("splice", [2]), ("splice", []), ("splice", [-2, 1]),
            ("splice", [1, None]), ("copyWithin", [0, 3]), ("copyWithin", [1, 0, 2]),
        ]:
            cases.append(_mutate(a, m, *args))
    assert_same_as_node(cases)


def test_default_sort_compares_strings_by_code_units_with_undefined_last() -> None:
    values = [10, 9, 1, None, "b", "a", "B", True, [2, 1], -1, "😀", "\uffff", 100, None, math.nan, -0.0, 0]
    cases = [method(values, "toSorted"), method([3, None, 1], "toSorted", BY_NUMBER)]
    assert_same_as_node(cases)


def test_sort_is_stable_and_converts_comparator_results() -> None:
    records = [[i % 3, i] for i in range(30)]
    cases = [
        method(records, "toSorted", BY_FIRST),
        method(NUMS, "toSorted", CONST_NAN),
        method(NUMS, "toSorted", CONST_STR),
        method(NUMS, "toSorted", 5),
    ]
    assert_same_as_node(cases)


def test_callback_errors() -> None:
    cases = [method([1], "map", v) for v in (5, "abc", {}, [1, 2], None, True, 1.5, "")]
    cases += [method([], "forEach", 5), method([1], "flatMap", 3), method([], "reduce", ADD),
              method([], "reduceRight", ADD), method([], "reduce", ADD, None), method([5], "reduce", ADD)]
    assert_same_as_node(cases)


def test_predicate_results_must_be_booleans() -> None:
    for name in ("every", "filter", "find", "findIndex", "findLast", "findLastIndex", "some"):
        with pytest.raises(JSError) as info:
            ARRAY_METHODS[name](JSArray([1.0]), lambda *_: 1.0)
        assert info.value.text() == f"TypeError: non-boolean value (number) in '{name}' callback result"
    with pytest.raises(JSError, match=r"non-boolean value \(undefined\) in 'filter' callback result"):
        ARRAY_METHODS["filter"](JSArray([1.0]), lambda *_: None)


def test_frozen_arrays_reject_mutation() -> None:
    frozen = FrozenArray([1.0, 2.0])
    for name in ("push", "pop", "shift", "unshift", "reverse", "sort", "fill", "splice", "copyWithin"):
        with pytest.raises(JSError, match="^TypeError: Cannot modify module-level state during a request$"):
            ARRAY_METHODS[name](frozen, 1.0)
    assert ARRAY_METHODS["toSorted"](frozen) == [1.0, 2.0]
    assert type(ARRAY_METHODS["map"](frozen, lambda x, *_: x)) is JSArray


def test_array_and_object_statics() -> None:
    obj = {"b": 1, "2": "two", "a": [1], "1": None, "-1": "neg", "01": "lead", "4294967295": "big",
           "4294967294": "max"}
    range_5 = Raw("[0, 1, 2, 3, 4]", lambda: GLOBALS["range"](5.0))
    typed = Raw("new Uint8Array([1, 2, 300])", lambda: GLOBALS["Uint8Array"](JSArray([1.0, 2.0, 300.0])))
    cases = [
        call("Object.keys", obj), call("Object.values", obj), call("Object.entries", obj),
        call("Object.keys", [4, 5]), call("Object.keys", "héllo"), call("Object.values", "ab"),
        call("Object.entries", [7]), call("Object.keys", typed), call("Object.values", typed),
        call("Object.keys", 5),
        call("Object.fromEntries", [["a", 1], ["b", 2], [3, 4], ["a", 5]]),
        call("Object.fromEntries", [[]]), call("Object.fromEntries", [1]),
        call("Object.hasOwn", obj, "b"), call("Object.hasOwn", obj, 2), call("Object.hasOwn", [1], 0),
        call("Object.hasOwn", [1], "length"), call("Object.hasOwn", "ab", "1"), call("Object.hasOwn", {}, "x"),
        call("Array.isArray", [1]), call("Array.isArray", {}), call("Array.isArray", typed),
        call("Array.from", "a😀b"), call("Array.from", [1, 2], DOUBLE), call("Array.from", {"length": 3}),
        call("Array.from", {"length": 3, "0": "x"}, PAIR), call("Array.from", range_5),
        call("Array.from", typed), call("Array.from", 5), call("Array.from", None), call("Array.from", [1], 7),
        call("Array.of", 7, "a", None), call("Array.of"), call("Array", 0), call("Array", 1, 2),
        call("Array", -1), call("Array", 1.5),
    ]
    assert_same_as_node(cases)


def test_object_keys_of_undefined_uses_the_spec_message() -> None:
    with pytest.raises(JSError, match="^TypeError: Cannot convert undefined to object$"):
        GLOBALS["Object"].js_get("keys")(None)


def test_arrays_are_dense() -> None:
    # Known difference (SPEC §0.19): Array(3) holds three undefined values, not holes.
    assert GLOBALS["Array"](3.0) == [None, None, None]


def test_integer_like_keys_enumerate_first() -> None:
    obj = JSObject([("z", 1.0), ("10", 2.0), ("2", 3.0), ("x", 4.0), ("02", 5.0)])
    assert GLOBALS["Object"].js_get("keys")(obj) == ["2", "10", "z", "x", "02"]
