"""String.prototype and String statics against Node, with astral characters and lone surrogates
(SPEC §9.5, §9.3, §3.14)."""

from __future__ import annotations

import math

import pytest
from jsoracle import Expr, Fn, assert_same_as_node, call, method, needs_node
from zigttp.vm.builtins import STRING_METHODS
from zigttp.vm.conversions import to_string
from zigttp.vm.utf16 import to_js
from zigttp.vm.values import JSError

pytestmark = needs_node

ASTRAL = to_js("a😀b𝒳c")  # two surrogate pairs
LONE = "x\ud800y\udc00z"  # lone high and low surrogates
SAMPLES = ["", "abc", "Hello, World", ASTRAL, LONE, to_js("😀"), "  padded\t\n", "aXbXc", "ß straße ﬁ",
           "ΑΣ ΟΔΟΣ", "İstanbul", "ǅ", to_js("e\u0301 Å Ω 𝐀"), "\u00a0\ufeff x \u2028"]
POSITIONS = [None, 0, 1, 2, -1, -2, 3, 100, -100, 1.7, math.nan, math.inf, "2"]


def test_positional_access() -> None:
    cases: list[Expr] = []
    for s in SAMPLES:
        for p in POSITIONS:
            for m in ("at", "charAt", "charCodeAt", "codePointAt"):
                cases.append(method(s, m, p))
    assert_same_as_node(cases)


def test_slicing() -> None:
    cases: list[Expr] = []
    for s in [ASTRAL, LONE, "abcdef", ""]:
        for a in [None, 0, 1, -2, 4, 10, math.nan]:
            for b in [None, 0, 2, -1, 10, math.nan]:
                cases.append(method(s, "slice", a, b))
                cases.append(method(s, "substring", a, b))
    assert_same_as_node(cases)


def test_searching() -> None:
    cases: list[Expr] = []
    needles = ["", "b", "X", to_js("😀"), "\ud83d", "\ude00", "abc", "zz", 1]
    for s in ["aXbXc", ASTRAL, "abcabc", "", to_js("😀😀"), "a1b1"]:
        for n in needles:
            for p in [None, 1, -1, 3, 50, math.nan]:
                for m in ("indexOf", "lastIndexOf", "includes", "startsWith", "endsWith"):
                    cases.append(method(s, m, n, p))
    assert_same_as_node(cases)


def test_case_mapping_normalize_and_trim() -> None:
    cases: list[Expr] = []
    for s in SAMPLES + [to_js("𐐨𐐀"), "ŉ", "ﬀ", "ΐ"]:
        for m in ("toUpperCase", "toLowerCase", "toLocaleUpperCase", "toLocaleLowerCase", "trim",
                  "trimStart", "trimEnd", "isWellFormed", "toWellFormed", "toString"):
            cases.append(method(s, m))
        for form in (None, "NFC", "NFD", "NFKC", "NFKD"):
            cases.append(method(s, "normalize", form))
    cases.append(method("a", "normalize", "nfc"))
    assert_same_as_node(cases)


def test_padding_repeat_concat() -> None:
    cases: list[Expr] = []
    for s in ["abc", "", ASTRAL]:
        for n in [None, 0, 2, 5, 8, 10.9, -3, math.nan]:
            for fill in [None, "", "-", "xy", to_js("😀")]:
                cases.append(method(s, "padStart", n, fill))
                cases.append(method(s, "padEnd", n, fill))
        for count in [0, 1, 3, 2.9, -1, -1.5, math.inf, math.nan, "2", 2**31]:
            cases.append(method(s, "repeat", count))
    cases += [method("a", "concat"), method("a", "concat", 1, None, True, [1, [2, 3]], {"x": 1})]
    assert_same_as_node(cases)


def test_split() -> None:
    cases: list[Expr] = []
    for s in ["a,b,,c", "", ",", ASTRAL, "abc", "a, b, c", LONE]:
        for sep in [None, "", ",", ", ", "x", to_js("😀"), 1]:
            for limit in [None, 0, 1, 2, -1, 2**32 + 1, math.nan]:
                cases.append(method(s, "split", sep, limit))
    assert_same_as_node(cases)


def _replacer(m: str, offset: float, s: str) -> str:
    return f"<{m}|{to_string(offset)}|{len(s)}>"


def test_replace_and_replace_all() -> None:
    fn = Fn("((m, o, s) => '<' + m + '|' + o + '|' + s.length + '>')", _replacer)
    num_fn = Fn("(() => 42)", lambda *a: 42.0)
    cases: list[Expr] = []
    for s in ["aXbXc", "", "XX", "abc", ASTRAL, "a.b.c"]:
        for pat in ["X", "", "zz", "b", ".", to_js("😀"), None]:
            for rep in ["-", "$$", "[$&]", "[$`]", "[$']", "$1$<n>$", "$", fn, num_fn, None, 7]:
                cases.append(method(s, "replace", pat, rep))
                cases.append(method(s, "replaceAll", pat, rep))
    assert_same_as_node(cases)


def test_locale_compare_by_code_points() -> None:
    pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("ab", "a")]
    assert_same_as_node([method(a, "localeCompare", b) for a, b in pairs])
    # Known difference (SPEC §0.19): no locale data, so "a" > "B" and "é" > "f" by code points.
    assert STRING_METHODS["localeCompare"]("a", "B") == 1.0
    assert STRING_METHODS["localeCompare"]("é", "f") == 1.0
    # Code-point order (SPEC §9.5): an astral character sorts after U+FFFF, unlike code-unit order.
    assert STRING_METHODS["localeCompare"](to_js("😀"), "\uffff") == 1.0
    assert STRING_METHODS["localeCompare"]("\uffff", to_js("😀")) == -1.0


def test_from_char_code_and_from_code_point() -> None:
    cases = [
        call("String.fromCharCode"),
        call("String.fromCharCode", 72, 105),
        call("String.fromCharCode", 0xD83D, 0xDE00),
        call("String.fromCharCode", 65601, -1, 1.9, "66", math.nan),
        call("String.fromCodePoint", 0x1F600, 97, 0),
        call("String.fromCodePoint", 0x10FFFF),
        call("String.fromCodePoint", 0xD800),
        call("String.fromCodePoint", 0x110000),
        call("String.fromCodePoint", -1),
        call("String.fromCodePoint", 1.5),
        call("String.fromCodePoint", "x"),
        call("String.fromCodePoint", "65"),
        call("String.fromCodePoint", math.inf),
    ]
    assert_same_as_node(cases)


def test_string_conversion() -> None:
    values = [None, True, False, 0.0, -0.0, 1e21, [1, [2, None, [3]], None], [], {"a": 1}, "s", [[], []]]
    assert_same_as_node([call("String", v) for v in values])


def test_missing_and_extra_arguments_are_accepted() -> None:
    assert STRING_METHODS["slice"]("abc") == "abc"
    assert STRING_METHODS["padStart"]("a", 3.0, "-", "extra", 1.0) == "--a"
    with pytest.raises(JSError, match="RangeError: Invalid string length"):
        STRING_METHODS["repeat"]("ab", float(2**29))
