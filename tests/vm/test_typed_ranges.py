"""Typed arrays (SPEC §3.13) against Node, and ranges (SPEC §3.12)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from jsoracle import Expr, Fn, Raw, assert_same_as_node, needs_node
from zigttp.vm.builtins import GLOBALS
from zigttp.vm.conversions import to_number, to_string, typeof
from zigttp.vm.inspect import inspect
from zigttp.vm.jsjson import json_stringify
from zigttp.vm.objects import iterable_values
from zigttp.vm.values import JSArray, JSError

pytestmark = needs_node

KINDS = ["Int8Array", "Uint8Array", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array",
         "Float64Array"]
INPUTS = [0, -0.0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, 2**31, 2**32 + 3, -(2**31) - 1,
          1.5, -1.5, 2.5, 0.1, 1e40, -1e40, 3.4028235677973366e38, 5e-324, math.nan, math.inf, -math.inf, "12",
          "x", True, None, [7]]


def _ta(kind: str, values: list[Any]) -> Raw:
    from jsoracle import lit, py_value

    return Raw(f"new {kind}({lit(values)})", lambda: GLOBALS[kind](py_value(values)))


def _ta_expr(kind: str, values: list[Any], js_tail: str, py_tail: Any) -> Expr:
    """``new T(values)<js_tail>`` vs ``py_tail(typed_array)``."""
    raw = _ta(kind, values)
    return Expr(f"(() => {{ const t = {raw.js}; return {js_tail}; }})()", lambda: py_tail(raw.py()))


def test_element_conversion_wraps_and_rounds() -> None:
    assert_same_as_node([_ta_expr(k, INPUTS, "t", lambda t: t) for k in KINDS])


def test_writes_out_of_range_are_ignored_and_reads_give_undefined() -> None:
    def write(t: Any) -> Any:
        t.set_index(1, 300.0)
        t.set_index(5, 1.0)
        t.js_set("-1", 2.0)
        t.js_set("1.5", 2.0)
        return JSArray([t, t.get_index(5), t.js_get("-1"), t.js_get("1.5"), t.js_get("length")])

    js = "(t[1] = 300, t[5] = 1, t[-1] = 2, t['1.5'] = 2, [t, t[5], t[-1], t['1.5'], t.length])"
    assert_same_as_node([_ta_expr(k, [1, 2, 3], js, write) for k in KINDS])


def _m(name: str, *args: Any) -> Any:
    def run(t: Any) -> Any:
        from jsoracle import py_value

        return t.js_get(name)(*[py_value(a) for a in args])

    return run


SQUARE = Fn("(x => x * x)", lambda x, *_: x * x)
SUM = Fn("((a, b) => a + b)", lambda a, b, *_: a + b)
EVEN = Fn("(x => x % 2 === 0)", lambda x, *_: math.fmod(x, 2.0) == 0)


def test_methods() -> None:
    from jsoracle import lit

    cases = []
    for kind in ("Uint8Array", "Int16Array", "Float32Array", "Float64Array"):
        values = [5, 1, 300, -2, 0.5, 9]
        for name, args in [
            ("fill", [7]), ("fill", [7, 1, -2]), ("fill", [1.5, -3]), ("slice", []), ("slice", [1, -1]),
            ("slice", [-2]), ("subarray", [2]), ("subarray", [1, 3]), ("map", [SQUARE]), ("reduce", [SUM]),
            ("reduce", [SUM, 100]), ("join", []), ("join", ["-"]), ("at", [-1]), ("includes", [9]),
            ("indexOf", [9]), ("lastIndexOf", [9]), ("every", [EVEN]), ("some", [EVEN]), ("filter", [EVEN]),
            ("find", [EVEN]), ("findIndex", [EVEN]), ("findLast", [EVEN]), ("findLastIndex", [EVEN]),
            ("reverse", []), ("sort", []), ("toString", []), ("set", [[1, 2]]), ("set", [[1, 2], 4]),
            ("set", [[1, 2], 5]), ("set", [[1], -1]),
        ]:
            js_args = ", ".join(lit(a) for a in args)
            cases.append(_ta_expr(kind, values, f"[t.{name}({js_args}), t]",
                                  lambda t, n=name, a=args: JSArray([_m(n, *a)(t), t])))
    assert_same_as_node(cases)


def test_subarray_shares_storage_and_slice_copies() -> None:
    js = "(() => { const s = t.subarray(1, 3); const c = t.slice(1, 3); s[0] = 99; c[1] = 77; return [t, s, c, s.length]; })()"

    def run(t: Any) -> Any:
        s = t.js_get("subarray")(1.0, 3.0)
        c = t.js_get("slice")(1.0, 3.0)
        s.set_index(0, 99.0)
        c.set_index(1, 77.0)
        return JSArray([t, s, c, s.js_get("length")])

    assert_same_as_node([_ta_expr("Int32Array", [1, 2, 3, 4], js, run)])


def test_factories() -> None:
    def raw(js: str, py: Any) -> Expr:
        return Expr(js, py)

    u8 = GLOBALS["Uint8Array"]
    f32 = GLOBALS["Float32Array"]
    cases = [
        raw("new Uint8Array(3)", lambda: u8(3.0)),
        raw("new Uint8Array()", lambda: u8()),
        raw("new Uint8Array(new Int16Array([-1, 300]))", lambda: u8(GLOBALS["Int16Array"](JSArray([-1.0, 300.0])))),
        raw("Uint8Array.from([1, 2, 3], x => x * 100)", lambda: u8.js_get("from")(JSArray([1.0, 2.0, 3.0]),
                                                                              lambda x, *_: x * 100)),
        raw("Uint8Array.from('123')", lambda: u8.js_get("from")("123")),
        raw("Float32Array.of(0.1, 2, '3')", lambda: f32.js_get("of")(0.1, 2.0, "3")),
        raw("Uint8Array.BYTES_PER_ELEMENT", lambda: u8.js_get("BYTES_PER_ELEMENT")),
        raw("Float64Array.BYTES_PER_ELEMENT", lambda: GLOBALS["Float64Array"].js_get("BYTES_PER_ELEMENT")),
        raw("Array.from(new Int8Array([1, -1]))", lambda: GLOBALS["Array"].js_get("from")(
            GLOBALS["Int8Array"](JSArray([1.0, -1.0])))),
        raw("[...new Uint16Array([5, 6])]", lambda: JSArray(GLOBALS["Uint16Array"](JSArray([5.0, 6.0])).js_iter())),
        raw("String(new Float32Array([0.5, 0.1]))", lambda: to_string(f32(JSArray([0.5, 0.1])))),
        raw("typeof new Uint8Array(1)", lambda: typeof(u8(1.0))),
        raw("Object.keys(new Uint8Array(3))", lambda: GLOBALS["Object"].js_get("keys")(u8(3.0))),
    ]
    assert_same_as_node(cases)


def test_invalid_lengths_and_offsets() -> None:
    u8 = GLOBALS["Uint8Array"]
    for bad in (-1.0, 1.5, math.nan, math.inf):
        with pytest.raises(JSError, match="^RangeError: Invalid typed array length$"):
            u8(bad)
    with pytest.raises(JSError, match="^RangeError: offset is out of bounds$"):
        u8(2.0).js_get("set")(JSArray([1.0, 2.0, 3.0]))
    with pytest.raises(JSError, match="^TypeError: Cannot assign to read only property 'length'"):
        u8(2.0).js_set("length", 5.0)


def test_frozen_typed_arrays() -> None:
    t = GLOBALS["Uint8Array"](JSArray([1.0, 2.0]))
    view = t.js_get("subarray")(1.0)
    t.js_freeze()
    for action in (lambda: t.set_index(0, 5.0), lambda: view.set_index(0, 5.0), lambda: t.js_get("fill")(0.0),
                   lambda: t.js_get("sort")(), lambda: t.js_get("set")(JSArray([1.0]))):
        with pytest.raises(JSError, match="^TypeError: Cannot modify module-level state during a request$"):
            action()
    assert t.js_get("map")(lambda x, *_: x + 1).values() == [2.0, 3.0]


def test_bytes_helpers() -> None:
    from zigttp.vm.typedarrays import TypedArray

    t = TypedArray.from_bytes(b"\x00\xffab")
    assert t.js_class == "Uint8Array" and t.values() == [0.0, 255.0, 97.0, 98.0]
    assert t.js_get("subarray")(2.0).to_bytes() == b"ab"


def test_typed_arrays_print_and_serialise() -> None:
    t = GLOBALS["Uint8Array"](JSArray([1.0, 2.0, 3.0]))
    assert inspect(t) == "Uint8Array(3) [ 1, 2, 3 ]"
    assert json_stringify(t) == '{"0":1,"1":2,"2":3}'
    assert to_string(t) == "1,2,3"
    assert all(type(v) is float for v in t.js_iter())


# ---------------------------------------------------------------------------------------------------
# ranges
# ---------------------------------------------------------------------------------------------------


def test_range_values() -> None:
    rng = GLOBALS["range"]
    assert list(rng(5.0).js_iter()) == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert list(rng(2.0, 5.0).js_iter()) == [2.0, 3.0, 4.0]
    assert list(rng(10.0, 0.0, -3.0).js_iter()) == [10.0, 7.0, 4.0, 1.0]
    assert list(rng(5.0, 2.0).js_iter()) == []
    assert list(rng(-2.0).js_iter()) == []
    r = rng(3.0)
    assert list(r.js_iter()) == list(r.js_iter())  # re-iterable
    assert all(type(v) is float for v in r.js_iter())
    assert typeof(r) == "object"
    assert iterable_values(r) == [0.0, 1.0, 2.0]
    assert inspect(rng(0.0, 5.0)) == "range(0, 5, 1)"
    assert json_stringify(r) == "{}"
    assert GLOBALS["Uint8Array"].js_get("from")(rng(3.0)).values() == [0.0, 1.0, 2.0]
    assert GLOBALS["Array"].js_get("from")(rng(2.0), lambda v, i: v * 10 + i) == [0.0, 11.0]


@pytest.mark.parametrize("args", [(1.5,), (0.0, 2.5), (0.0, 5.0, 0.5), ("3",), (None,), (True,), (math.nan,),
                                  (math.inf,), ()])
def test_range_rejects_non_integers(args: tuple[Any, ...]) -> None:
    with pytest.raises(JSError, match=r"^RangeError: range\(\) arguments must be integers$"):
        GLOBALS["range"](*args)


def test_range_zero_step() -> None:
    with pytest.raises(JSError, match=r"^RangeError: range\(\) step must not be zero$"):
        GLOBALS["range"](0.0, 5.0, 0.0)


def test_to_number_of_typed_array_uses_join() -> None:
    assert to_number(GLOBALS["Uint8Array"](JSArray([7.0]))) == 7.0
