"""Golden diagnostics of the verify pass (SPEC §13): accepted and rejected handlers in cases/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyses.conftest import Case, check_case, collect_cases

CASES = collect_cases(Path(__file__).parent / "cases")
ERRORS = ("ZT0701", "ZT0702", "ZT0703", "ZT0704")


@pytest.mark.parametrize("case", CASES, ids=str)
def test_case(case: Case, store_dir: Path) -> None:
    result, printed = check_case(case, ("ZT07",), store_dir)
    expects_error = any(d.code in ERRORS for d in result.diagnostics)
    assert result.ok != expects_error, printed  # no other pass's error hides what the case is about
    if "--verify" not in case.args:
        assert "verify     skipped" in printed and "Verification" not in printed
    elif result.ok:
        assert "Verification passed\n" in printed
    elif any(d.code.startswith("ZT07") and d.is_error for d in result.diagnostics):
        assert f"Verification failed for {case.entry}\n" in printed


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 30
