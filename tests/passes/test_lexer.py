"""Lexer: SPEC §2 (source text, comments, identifiers, numbers, strings, templates, punctuators, regex
detection, ASI)."""

from __future__ import annotations

import json
import math
import shutil
import subprocess

import pytest
from parsetools import diags, parse
from zigttp.passes import jsast as A
from zigttp.passes.lexer import Lexer, LineMap
from zigttp.passes.tokens import EOF


def lex(text: str) -> tuple[list[tuple[str, object]], list]:
    errors: list = []
    lexer = Lexer(text, "t.ts", LineMap(text), errors)
    out = []
    while True:
        tok = lexer.scan()
        if tok.kind == EOF:
            return out, errors
        out.append((tok.kind, tok.value))


def value_of(src: str, path: str = "t.ts"):
    parsed = parse(f"const v = {src};", path)
    assert parsed.module is not None
    return parsed.module.body[0].declarations[0].init


# -- numbers ------------------------------------------------------------------------------------------------

NUMBERS = [
    "0", "42", "1.5", ".5", "5.", "1e3", "2.5E-7", "0xFF", "0XfF", "0o755", "0O17", "0b1010", "0B11",
    "1_000_000", "0xFF_FF", "0.1", "123456789012345678901234567890", "1e21", "1e-7", "1.7976931348623157e308",
    "1e309", "5e-324", "2e-324", "9007199254740993", "0.30000000000000004", "4.35", "0x1fffffffffffff",
    "0b" + "1" * 60, "1_0.0_1e1_0", "3.14159265358979323846264338327950288", "18446744073709551615",
]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is the oracle")
def test_numeric_literals_match_node() -> None:
    script = "console.log(JSON.stringify([" + ",".join(f"String({n})" for n in NUMBERS) + "]))"
    expected = json.loads(subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout)
    for literal, text in zip(NUMBERS, expected, strict=True):
        node = value_of(literal)
        assert isinstance(node, A.NumberLit), literal
        assert isinstance(node.value, float)
        want = math.inf if text == "Infinity" else float(text)
        assert node.value == want, literal


def test_number_raw_text_is_kept() -> None:
    assert value_of("0xFF_FF").raw == "0xFF_FF"


@pytest.mark.parametrize(
    ("src", "message", "help"),
    [
        ("017", "legacy octal literal '017' is not allowed", "write '0o17' for octal or '17' for decimal"),
        ("08", "legacy octal literal '08' is not allowed", "write '8' for decimal"),
        ("1__0", "invalid numeric separator", None),
        ("1_", "invalid numeric separator", None),
        ("0x_1", "invalid numeric separator", None),
        ("1._5", "invalid numeric separator", None),
        ("3in", "an identifier cannot directly follow a numeric literal: '3in'", None),
        ("1e", "invalid numeric literal '1e'", None),
        ("0x", "invalid numeric literal '0x'", None),
        ("0b12", "invalid numeric literal '0b12'", None),
    ],
)
def test_number_errors(src: str, message: str, help: str | None) -> None:
    parsed = parse(f"const v = {src};")
    assert [(d.code, d.message, d.span[:2], d.help) for d in parsed.diagnostics] == [
        ("ZT0101", message, (1, 11), help)
    ]


def test_bigint_literal_is_unsupported() -> None:
    parsed = parse("const v = 10n;")
    assert [(d.code, d.message, d.span, d.help) for d in parsed.diagnostics] == [
        ("ZT0200", "'BigInt' is not supported", (1, 11, 1, 14),
         "use a number (integers are exact up to 2^53 - 1) or a decimal string")
    ]


def test_optional_chain_followed_by_digit_is_a_conditional() -> None:
    node = value_of("a?.5:1")
    assert isinstance(node, A.Conditional)
    assert node.consequent.value == 0.5


# -- strings ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "value"),
    [
        (r'"\n\r\t\b\f\v"', "\n\r\t\b\f\v"),
        (r'"\0"', "\0"),
        (r"'\'\"\\'", "'\"\\"),
        (r'"\x41\x7e"', "A~"),
        (r'"\u0041\u00e9"', "Aé"),
        (r'"\uD83D\uDE00"', "\ud83d\ude00"),
        (r'"\u{1F600}"', "\ud83d\ude00"),
        (r'"\u{41}"', "A"),
        (r'"\uD800"', "\ud800"),
        ('"a\\\nb"', "ab"),
        ('"a\\\r\nb"', "ab"),
        (r'"\q\%"', "q%"),
        ('"😀"', "\ud83d\ude00"),
        ('"a\u2028b"', "a\u2028b"),
    ],
)
def test_string_escapes(src: str, value: str) -> None:
    node = value_of(src)
    assert isinstance(node, A.StringLit)
    assert node.value == value


@pytest.mark.parametrize(
    ("src", "message"),
    [
        (r'"\1"', "octal escape sequences are not allowed"),
        (r'"\01"', "octal escape sequences are not allowed"),
        (r'"\9"', "octal escape sequences are not allowed"),
        (r'"\x4"', "invalid hexadecimal escape sequence"),
        (r'"\u12"', "invalid Unicode escape sequence"),
        (r'"\u{110000}"', "Unicode escape sequence out of range (at most 10FFFF)"),
        ('"abc\n', "unterminated string literal"),
    ],
)
def test_string_errors(src: str, message: str) -> None:
    codes = [(c, m) for c, m, _, _ in diags(f"const v = {src};")]
    assert ("ZT0101", message) in codes
    assert len(codes) == 1


# -- templates ----------------------------------------------------------------------------------------------


def test_template_is_cooked_with_crlf_normalised() -> None:
    node = value_of("`a\r\nb\rc\\n${x}\\u0041`")
    assert isinstance(node, A.TemplateLit)
    assert node.quasis == ["a\nb\nc\n", "A"]
    assert [e.name for e in node.exprs] == ["x"]


def test_template_nesting_and_braces_in_substitutions() -> None:
    node = value_of("`a${ {k: `b${c}`}.k }d$e`")
    assert node.quasis == ["a", "d$e"]
    inner = node.exprs[0]
    assert isinstance(inner, A.Member)
    assert isinstance(inner.object, A.ObjectLit)


def test_template_errors() -> None:
    assert ("ZT0101", "unterminated template literal", 1, 11) in diags("const v = `abc")
    assert ("ZT0101", "octal escape sequences are not allowed", 1, 12) in diags("const v = `\\1`;")


# -- source text, comments, positions -----------------------------------------------------------------------


def test_bom_and_hashbang() -> None:
    parsed = parse("\ufeff#!/usr/bin/env zigttp\nconst a = 1;")
    assert parsed.diagnostics == []
    assert parsed.module.body[0].span[:2] == (2, 1)


def test_all_line_terminators_count_as_lines() -> None:
    parsed = parse("const a = 1;\rconst b = 2;\r\nconst c = 3;\u2028const d = 4;\u2029const e = x;")
    assert [(d.code, d.span[:2]) for d in parsed.diagnostics] == [("ZT0301", (5, 11))]


def test_columns_count_code_points_tabs_as_one() -> None:
    # '😀' is one code point (two UTF-16 units), a tab is one column.
    parsed = parse('\tconst s = "😀", t = y;')
    assert [(d.message, d.span) for d in parsed.diagnostics] == [("cannot find name 'y'", (1, 21, 1, 22))]


def test_comments() -> None:
    tokens, errors = lex("a /* x\n y */ b // c\nd")
    assert [v for _, v in tokens] == ["a", "b", "d"]
    assert errors == []
    assert diags("const a = 1; /* never closed") == [("ZT0101", "unterminated comment", 1, 14)]


def test_html_comments_are_not_comments() -> None:
    tokens, _ = lex("a <!-- b")
    assert [k for k, _ in tokens] == ["name", "<", "!", "--", "name"]


def test_whitespace_characters() -> None:
    tokens, errors = lex("a\u00a0\ufeff\u2003\v\fb")
    assert tokens == [("name", "a"), ("name", "b")]
    assert errors == []


def test_unicode_identifiers() -> None:
    tokens, errors = lex("café $x _y ℮ a\u200cb ϕ𝑥")
    assert [v for _, v in tokens] == ["café", "$x", "_y", "℮", "a\u200cb", "ϕ𝑥"]
    assert errors == []


def test_unicode_escape_in_identifier_is_an_error() -> None:
    assert diags("const \\u0061 = 1;")[0][:2] == ("ZT0101", "unicode escapes are not allowed in identifiers")


def test_unexpected_character() -> None:
    assert diags("const a = 1 ¤ 2;")[0] == ("ZT0101", "unexpected character '¤'", 1, 13)


def test_punctuators_longest_match() -> None:
    tokens, _ = lex("a ?? b ??= c ?. d ... e |> f => g **= h >>> i")
    kinds = [k for k, _ in tokens if k != "name"]
    # '>' is always scanned alone: the parser joins '>>>' where an operator is expected.
    assert kinds == ["??", "??=", "?.", "...", "|>", "=>", "**=", ">", ">", ">"]
    assert value_of("a >>> b").op == ">>>"
    assert parse("let a = 1; a >>>= 2;").diagnostics == []


def test_reported_only_tokens() -> None:
    tokens, _ = lex("a == b != c ++ -- @d #e")
    assert [k for k, _ in tokens] == ["name", "==", "name", "!=", "name", "++", "--", "@", "name", "private"]


# -- regular expressions ------------------------------------------------------------------------------------


def test_regex_detection() -> None:
    out = diags("let a = 4; const b = a / 2 / 1; const r = /ab+[/]c/gi; const q = a /= 2;")
    assert out == [("ZT0200", "'/regex/' is not supported", 1, 43)]


def test_regex_after_statement_start() -> None:
    assert [d[:2] for d in diags("/x/.test('x');")] == [("ZT0200", "'/regex/' is not supported")]


# -- ASI ----------------------------------------------------------------------------------------------------


def test_asi_inserts_semicolons_at_line_breaks_and_braces() -> None:
    parsed = parse("let a = 1\nlet b = a\n{ a = b }\nconst f = () => { return a }")
    assert parsed.diagnostics == []
    assert len(parsed.module.body) == 4


def test_asi_does_not_split_a_continuing_line() -> None:
    parsed = parse("const a = 1\n+ 2")
    assert parsed.diagnostics == []
    assert isinstance(parsed.module.body[0].declarations[0].init, A.Binary)


def test_missing_semicolon() -> None:
    assert diags("const a = 1 const b = 2;") == [("ZT0102", "expected ';'", 1, 13)]


_RETURN_HELP = (
    "JavaScript would return undefined and ignore the next line; put the value on the same line as "
    "'return', or start a parenthesis there: 'return ('"
)


def test_return_followed_by_line_break() -> None:
    parsed = parse("function f() {\n  return\n    1 + 2;\n}")
    assert [(d.code, d.message, d.span[:2], d.help) for d in parsed.diagnostics] == [
        ("ZT0103", "line break after 'return'", (2, 3), _RETURN_HELP)
    ]


@pytest.mark.parametrize("after", ["}", ";\n}", "\n}", "\n  let x = 1;\n}", "\n  if (true) {}\n}"])
def test_bare_return_is_fine(after: str) -> None:
    assert diags("function f() {\n  return" + after) == []


STRINGS = [
    r'"\n\r\t\b\f\v\0"', r"'\'\"\\'", r'"\x41\xff"', r'"\u0041\u00e9\uD83D\uDE00\uDC00"', r'"\u{1F600}\u{0}\u{10FFFF}"',
    '"a\\\nb\\\r\nc"', r'"\q\%\ \é"', '"😀é\u2028"', "`a\\nb${1}c\\u{41}`", "`x\r\ny\rz`", "`$ {} \\${`",
]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is the oracle")
def test_string_values_match_node() -> None:
    script = (
        "const vals = [" + ",".join(STRINGS) + "];"
        "console.log(JSON.stringify(vals.map((s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)))));"
    )
    expected = json.loads(subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout)
    for src, units in zip(STRINGS, expected, strict=True):
        node = value_of(src)
        value = node.value if isinstance(node, A.StringLit) else "1".join(node.quasis)  # substitutions are `1`
        assert [ord(c) for c in value] == units, src
