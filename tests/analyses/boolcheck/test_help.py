"""boolcheck help texts (SPEC §12.2), the ``<e>`` text, and the ??-warning help (§12.4)."""

from __future__ import annotations

import pytest

from tests.analyses.typecheck.checking import check


def _helps(source: str, path: str = "handler.ts") -> list[tuple[str, str | None]]:
    return [(d.message, d.help) for d in check(source, path).boolcheck.diagnostics]


@pytest.mark.parametrize(("decl", "message", "help"), [
    ("const v = 42;", "non-boolean value (number) in 'if' condition",
     "compare explicitly: 'v !== 0' or 'v > 0'"),
    ('const v = "s";', "non-boolean value (string) in 'if' condition",
     "compare explicitly: 'v !== \"\"' or 'v.length > 0'"),
    ("const v = undefined;", "non-boolean value (undefined) in 'if' condition",
     "this value is always undefined, so the condition is always false"),
    ("const v = { a: 1 };", "non-boolean value (object) in 'if' condition",
     "objects are always truthy; compare a property or use 'v !== undefined'"),
    ("const v = [1];", "non-boolean value (array) in 'if' condition",
     "objects are always truthy; compare a property or use 'v !== undefined'"),
    ("const v = (x: number) => x;", "non-boolean value (function) in 'if' condition",
     "a function is always truthy; did you mean to call it?"),
    ("const v: boolean | undefined = f();", "non-boolean value (boolean | undefined) in 'if' condition",
     "check explicitly: 'v === true'"),
    ("const v: number | undefined = f();", "non-boolean value (number | undefined) in 'if' condition",
     "check for absence explicitly: 'v !== undefined'"),
    ("const v: string | number = f();", "non-boolean value (string | number) in 'if' condition",
     "compare explicitly so that the condition is a boolean"),
])
def test_help_by_type(decl: str, message: str, help: str) -> None:
    source = f"declare_placeholder\n{decl}\nif (v) {{\n  console.log(1);\n}}\n"
    source = source.replace("declare_placeholder", "function f(): unknown {\n  return JSON.parse(\"1\");\n}")
    assert _helps(source) == [(message, help)]


def test_jsx_element_help() -> None:
    source = "const v = <p>x</p>;\nconst w = v ? 1 : 2;\n"
    assert _helps(source, "handler.tsx") == [(
        "non-boolean value (JSX.Element) in '?:' condition",
        "objects are always truthy; compare a property or use 'v !== undefined'")]


def test_expression_text_is_the_source_text() -> None:
    source = 'export function handler(req: Request): Response {\n  if (req.headers.get(\'x\')) {\n' \
             '    return Response.text("x");\n  }\n  return Response.text("y");\n}\n'
    assert _helps(source) == [("non-boolean value (string | undefined) in 'if' condition",
                               "check for absence explicitly: 'req.headers.get('x') !== undefined'")]


def test_long_expression_text_is_value() -> None:
    source = 'export function handler(req: Request): Response {\n' \
             '  if (req.headers.get("x-a-very-long-header-name")) {\n' \
             '    return Response.text("x");\n  }\n  return Response.text("y");\n}\n'
    assert _helps(source) == [("non-boolean value (string | undefined) in 'if' condition",
                               "check for absence explicitly: 'value !== undefined'")]


def test_exactly_thirty_characters_is_kept() -> None:
    name = "a" * 30
    source = f"const {name} = 1;\nif ({name}) {{\n  console.log(1);\n}}\n"
    assert _helps(source)[0][1] == f"compare explicitly: '{name} !== 0' or '{name} > 0'"


def test_callback_result_help_uses_the_returned_expression() -> None:
    source = "const xs = [1, 2];\nconst ys = xs.filter((n) => n % 2);\n"
    assert _helps(source) == [("non-boolean value (number) in 'filter' callback result",
                               "compare explicitly: 'n % 2 !== 0' or 'n % 2 > 0'")]


def test_nullish_warning_help() -> None:
    diags = check('const s = "a";\nconst t = s ?? "b";\n').boolcheck.diagnostics
    assert [(d.code, d.severity, d.message, d.help, d.span) for d in diags] == [
        ("ZT0502", "warning", "left side of '??' is never undefined", "remove the '??' fallback; it can never be used",
         (2, 11, 2, 12))]


def test_unknown_and_never_are_not_reported() -> None:
    source = "const v = JSON.parse(\"1\");\nif (v) {\n  console.log(1);\n}\nconst w = v ?? 1;\n"
    assert _helps(source) == []


def test_the_span_is_the_condition_sub_expression() -> None:
    source = "const n = 1;\nconst ok = n === 1 && (n || true);\n"
    diags = check(source).boolcheck.diagnostics
    assert [(d.span, d.message) for d in diags] == [((2, 24, 2, 25), "non-boolean value (number) in '||' operand")]
