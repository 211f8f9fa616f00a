"""Number formatting and parsing against Node: ToString, toString(radix), toFixed, toPrecision,
toExponential, parseInt, parseFloat, Number(), ToInt32/ToUint32 (SPEC §3.14, §9.6, §9.9)."""

from __future__ import annotations

import math

import pytest
from jsoracle import Expr, assert_same_as_node, call, lit, method, needs_node
from zigttp.vm.builtins import NUMBER_METHODS
from zigttp.vm.conversions import to_int32, to_uint32
from zigttp.vm.values import JSError

pytestmark = needs_node

NUMBERS = [
    0.0, -0.0, 1.0, -1.0, 0.5, 1e21, 1e20, 123456789012345680000.0, 1e-7, 1e-6, 1.5e-7, 0.000001234,
    123.45, 0.1 + 0.2, 2.0**53, 2.0**53 + 2, 5e-324, 1.7976931348623157e308, -1.7976931348623157e308,
    math.nan, math.inf, -math.inf, 1 / 3, -2 / 3, 255.5, 1e100, 123456789.123, 4.35, 0.000123, 1.005,
    2.5, -2.5, 1e15 + 0.3, 9.995, 1234.5678, 2**31, -(2**31) - 1.5, 4294967296.5, 0.1, 100.0, 1e-10,
    3.0e-5, 7.0e22, 25.0, 1.1e-15, 6.02214076e23,
]


def test_to_string_radix_10() -> None:
    assert_same_as_node([call("String", x) for x in NUMBERS])


def test_to_string_other_radixes() -> None:
    cases = [method(x, "toString", r) for x in NUMBERS for r in (2, 3, 7, 8, 16, 36)]
    assert_same_as_node(cases)


def test_to_string_radix_out_of_range_uses_the_spec_message() -> None:
    # SPEC §9.6 words this message differently from V8 ("radix argument must be ..."); the spec wins.
    for r in (1.0, 37.0, 0.0, math.nan):
        with pytest.raises(JSError, match=r"^RangeError: toString\(\) radix must be between 2 and 36$"):
            NUMBER_METHODS["toString"](255.0, r)
    assert NUMBER_METHODS["toString"](255.0, 2.9) == "11111111"


def test_to_fixed() -> None:
    values = [0.0, -0.0, 1.005, 2.5, -2.5, 1.45, 1.55, 1e21, 1e20, 123.456, -0.0001, 0.5, 1.5, 8.345,
              1.23e-10, 999.995, 5e-324, math.nan, math.inf, 0.000001, 1234.5678, 10.235]
    cases = [method(x, "toFixed", d) for x in values for d in (None, 0, 1, 2, 5, 20)]
    cases += [method(1.5, "toFixed", d) for d in (100, 101, -1, math.nan, 2.7)]
    assert_same_as_node(cases)


def test_to_precision() -> None:
    values = [0.0, -0.0, 1.005, 123.456, 0.000123, 1e21, 1e-7, 123456.0, -1.5, 5e-324, 99.99,
              1.7976931348623157e308, math.nan, -math.inf, 0.1 + 0.2, 2.5]
    cases = [method(x, "toPrecision", p) for x in values for p in (None, 1, 2, 3, 6, 21, 100)]
    cases += [method(1.5, "toPrecision", p) for p in (0, 101)]
    assert_same_as_node(cases)


def test_to_exponential() -> None:
    values = [0.0, 1.005, 123.456, 0.000123, 1e21, 5e-324, -1.5, math.nan, 12345.6789]
    cases = [method(x, "toExponential", f) for x in values for f in (None, 0, 2, 10)]
    assert_same_as_node(cases)


PARSE_INPUTS = [
    "08", "0x1A", "0X1a", "  42abc", "-0", "-0x10", "+12", "1e3", "3.5kg", "", " ", "abc", "Infinity",
    "-Infinity", "infinity", ".5", "5.", "-.5e-3", "1e", "1e+", "0b101", "0o17", "\u00a0\t\n 7",
    "123456789012345678901234567890", "9007199254740993", "0.0000001", "1_000", "\u2028 3", "ff",
    "z", "0x", "-", "+", "١٢", "1e1000", "-1e-1000", "12px", "0xfg", "4294967296",
    "1" * 400,
]


def test_parse_int() -> None:
    cases = [call("parseInt", s) for s in PARSE_INPUTS]
    cases += [call("parseInt", s, r) for s in ("ff", "11", "zz", "0x1f", "777", "-12", "123456789abcdef")
              for r in (None, 0, 1, 2, 8, 16, 36, 37, 10.7, -1, 4294967312.0)]
    cases += [call("parseInt", "1" * 60, r) for r in (3, 5, 7, 36)]
    cases += [call("parseInt", v) for v in (15.99, -0.0, 1e21, 0.0000005, True, None, [12, 3])]
    assert_same_as_node(cases)


def test_parse_float() -> None:
    cases = [call("parseFloat", s) for s in PARSE_INPUTS]
    cases += [call("parseFloat", v) for v in ("1e-7x", "-.e5", "+.1", "1.e5", "Infinityx", [1.5])]
    assert_same_as_node(cases)


def test_number_conversion() -> None:
    cases = [call("Number", s) for s in PARSE_INPUTS]
    cases += [call("Number", v) for v in ("0b", "0B11", "0O7", "-0x1", " +Infinity ", "1__0", "\ufeff5",
                                          True, False, None, [], [5], [1, 2], {}, "0.0e0", "1e-400")]
    cases += [call("Number"), call("String")]
    assert_same_as_node(cases)


def test_is_nan_is_finite_and_number_statics() -> None:
    values = [0.0, math.nan, math.inf, "12", "abc", True, None, 2.0**53, 2.0**53 - 1, 1.5, -0.0, "", [2]]
    cases: list[Expr] = []
    for v in values:
        for f in ("isNaN", "isFinite", "Number.isNaN", "Number.isFinite", "Number.isInteger",
                  "Number.isSafeInteger"):
            cases.append(call(f, v))
    cases += [Expr(f"Number.{c}", (lambda c=c: __import__("jsoracle").global_value(f"Number.{c}")))
              for c in ("EPSILON", "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "MAX_VALUE", "MIN_VALUE", "NaN",
                        "POSITIVE_INFINITY", "NEGATIVE_INFINITY")]
    assert_same_as_node(cases)


def test_int32_uint32() -> None:
    values = [0.0, -0.0, 1.5, -1.5, 2.0**31, 2.0**32, 2.0**32 + 5, -(2.0**31) - 1, 1e21, -1e21, math.nan,
              math.inf, 4294967295.9, 2.0**53 + 2, -2.0**60 + 2.0**40]
    js = [f"[({lit(v)}) | 0, ({lit(v)}) >>> 0]" for v in values]
    cases = [Expr(j, (lambda v=v: [float(to_int32(v)), float(to_uint32(v))])) for j, v in zip(js, values,
                                                                                                 strict=True)]
    assert_same_as_node(cases)
