"""The run-time half of SPEC §12 (§12.5): every boolean context of §12.1 checks its value when it runs, so a
value the checker could not type (``unknown``) still cannot be used as a condition."""

from __future__ import annotations

import pytest

from tests.codegen.jsrun import run

CASES = {
    "'if' condition": 'if (v) { console.log("x"); }',
    "'?:' condition": "console.log(v ? 1 : 2);",
    "'&&' operand": "console.log(true && v);",
    "'||' operand": "console.log(v || false);",
    "'!' operand": "console.log(!v);",
    "'&&=' target": "let w = v; w &&= true; console.log(w);",
    "'||=' target": "let w = v; w ||= true; console.log(w);",
    **{f"'{m}' callback result": f"console.log([1, 2].{m}((x) => v));"
       for m in ("every", "filter", "find", "findIndex", "findLast", "findLastIndex", "some")},
}


@pytest.mark.parametrize("context", list(CASES))
def test_non_boolean_raises_in_every_context(context: str) -> None:
    result = run('const v = JSON.parse("1");\n' + CASES[context])
    assert result.error is not None
    assert result.error.endswith(f"TypeError: non-boolean value (number) in {context}")


def test_booleans_pass() -> None:
    result = run('const v = JSON.parse("true");\nif (v && !false) { console.log([1].some((x) => v)); }')
    assert result.error is None
    assert result.stdout == "true\n"
