"""Math (SPEC §9.2) and the URI functions (SPEC §9.9) against Node."""

from __future__ import annotations

import math

import pytest
from jsoracle import Expr, assert_same_as_node, call, global_value, needs_node
from zigttp.vm.utf16 import to_js
from zigttp.vm.values import JSError

pytestmark = needs_node

SPECIAL = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.5, -2.5, 1.5, -1.5, 0.49999999999999994, -0.49999999999999994,
           4503599627370495.5, 2.0**52, -(2.0**53), 1e300, -1e300, 5e-324, math.nan, math.inf, -math.inf,
           0.7, 3.0, -7.9, 100.0, 1e-10, "3", None, True, [2]]
# Functions whose results are exact (or correctly rounded in both engines) for every input above.
EXACT = ["abs", "ceil", "floor", "round", "trunc", "sign", "sqrt", "fround", "clz32"]
# Transcendental functions: ported from V8's fdlibm (vm/ieee754.py), so bit-identical to Node.
TRANSCENDENTAL = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "exp", "expm1",
                  "log", "log10", "log1p", "log2", "sin", "sinh", "tan", "tanh"]
TRANSCENDENTAL_INPUTS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 10.0, 1e-10, 710.0, -1000.0, math.nan,
                         math.inf, -math.inf, 1e300, "x", None]


def test_exact_functions() -> None:
    assert_same_as_node([call(f"Math.{f}", x) for f in EXACT for x in SPECIAL])


def test_transcendental_functions() -> None:
    assert_same_as_node([call(f"Math.{f}", x) for f in TRANSCENDENTAL for x in TRANSCENDENTAL_INPUTS])


def test_transcendental_functions_on_random_inputs() -> None:
    import random

    rng = random.Random(7)
    inputs = ([rng.uniform(-1, 1) for _ in range(60)] + [rng.uniform(-30, 30) for _ in range(60)]
              + [rng.uniform(-1e6, 1e6) for _ in range(20)] + [rng.choice([-1, 1]) * 10 ** rng.uniform(-300, 300)
                                                              for _ in range(40)]
              + [1e22, 2.0**60, -1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308])
    cases = [call(f"Math.{f}", x) for f in TRANSCENDENTAL for x in inputs]
    cases += [call("Math.atan2", rng.uniform(-5, 5), rng.uniform(-5, 5)) for _ in range(100)]
    cases += [call("Math.pow", rng.uniform(0, 50), rng.uniform(-30, 30)) for _ in range(200)]
    cases += [call("Math.pow", rng.uniform(-50, 50), float(rng.randint(-60, 60))) for _ in range(100)]
    assert_same_as_node(cases)


def test_binary_and_variadic_functions() -> None:
    pairs = [(0.0, -0.0), (-0.0, 0.0), (1.0, math.nan), (math.inf, -math.inf), (3.0, 4.0), (-1.0, 0.0),
             (0.0, 0.0), (2.0, 0.5), (-8.0, 1 / 3), (-2.0, 3.0), (10.0, 308.0), (10.0, 309.0), (-0.0, -1.0),
             (-0.0, -2.0), (0.0, -1.0), (1.0, math.inf), (-1.0, -math.inf), (math.nan, 0.0), (2.0, 1024.0),
             (-2.0, 1025.0), ("2", "3"), (None, 1.0)]
    cases: list[Expr] = []
    for a, b in pairs:
        for f in ("max", "min", "pow", "atan2", "imul", "hypot"):
            cases.append(call(f"Math.{f}", a, b))
    cases += [call("Math.max"), call("Math.min"), call("Math.hypot"), call("Math.max", 1, 5, 3),
              call("Math.min", 1, math.nan, 3), call("Math.hypot", 3, 4, 12), call("Math.hypot", math.nan, math.inf),
              call("Math.hypot", 1e200, 1e200), call("Math.hypot", 1e-200, 3e-200), call("Math.hypot", -0.0),
              call("Math.hypot", 0.1, 0.2, 0.3, 0.4), call("Math.imul", 0xFFFFFFFF, 5),
              call("Math.imul", 2**31, 2), call("Math.clz32", -1), call("Math.clz32", 2**32)]
    cases += [Expr(f"Math.{c}", (lambda c=c: global_value(f"Math.{c}")))
              for c in ("E", "LN10", "LN2", "LOG10E", "LOG2E", "PI", "SQRT1_2", "SQRT2")]
    assert_same_as_node(cases)


def test_random_is_in_unit_interval() -> None:
    rnd = global_value("Math.random")
    values = [rnd() for _ in range(1000)]
    assert all(type(v) is float and 0.0 <= v < 1.0 for v in values)
    assert len(set(values)) > 990


URI_INPUTS = [
    "abc", to_js("a b&c=d/é😀?#"), "%", "%4", "%41", "%E2%82%AC", "%C0%80", "%ED%A0%80", "%F4%90%80%80",
    "%23%2F%3b", "%e2%82", "%e2%82%ac%", "\ud800", "\udc00x", "x\ud83d", ";/?:@&=+$,#-_.!~*'()", "%FF",
    "%80", "%F0%9F%98%80", "%f0%9f%98", "%%41", "100%", "%2", "%zz", "\u0000\u007f\u0080\uffff", "",
    5, None, True,
]


def test_uri_functions() -> None:
    cases = [call(f, s) for f in ("encodeURIComponent", "encodeURI", "decodeURIComponent", "decodeURI")
             for s in URI_INPUTS]
    assert_same_as_node(cases)


def test_uri_error_text() -> None:
    with pytest.raises(JSError) as info:
        global_value("encodeURIComponent")("\ud800")
    assert info.value.text() == "URIError: URI malformed"
