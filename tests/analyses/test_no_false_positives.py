"""No false positives (issue 4): every example in examples/ and every program in tests/diff/programs/
builds with no typecheck or boolcheck diagnostics (ZT04xx, ZT05xx)."""

from __future__ import annotations

from pathlib import Path

import pytest
from zigttp.passes import frontend

from tests.analyses.typecheck.checking import check

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").rglob("*") if p.suffix in (".ts", ".tsx", ".js", ".jsx"))
PROGRAMS = sorted(p for p in (ROOT / "tests" / "diff" / "programs").iterdir()
                  if p.suffix in (".ts", ".tsx", ".js", ".jsx") and ".node." not in p.name)


def _check(path: Path, base: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    parsed = frontend.parse_text(source, path.name, frontend.language_of(path.name) or "js")
    if any(d.is_error for d in parsed.diagnostics):
        pytest.skip("does not parse (another pass's test covers it)")
    return check(source, path.name).lines()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: str(p.relative_to(ROOT / "examples")))
def test_examples_have_no_type_diagnostics(path: Path) -> None:
    assert _check(path, ROOT / "examples") == []


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.name)
def test_diff_programs_have_no_type_diagnostics(path: Path) -> None:
    assert _check(path, ROOT / "tests" / "diff" / "programs") == []


def test_there_is_something_to_check() -> None:
    assert len(EXAMPLES) >= 2 and len(PROGRAMS) >= 20
