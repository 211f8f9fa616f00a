"""Golden diagnostics of the boolcheck pass (SPEC §12): accepted and rejected handlers in cases/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyses.conftest import Case, check_case, collect_cases

CASES = collect_cases(Path(__file__).parent / "cases")


@pytest.mark.parametrize("case", CASES, ids=str)
def test_case(case: Case, store_dir: Path) -> None:
    result, printed = check_case(case, ("ZT05",), store_dir)
    if case.name.startswith(("ok_", "warn_")):
        assert result.ok, printed
    if case.name.startswith("err_"):
        assert not result.ok, printed


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 22
