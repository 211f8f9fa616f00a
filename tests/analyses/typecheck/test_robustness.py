"""The checker never fails on a module that parses: every source file in the repository (examples, every
analysis case, the differential programs) is checked, each also in every prefix of its statements."""

from __future__ import annotations

from pathlib import Path

import pytest
from zigttp.passes import frontend

from tests.analyses.typecheck.checking import check

ROOT = Path(__file__).resolve().parent.parent.parent.parent
SOURCES = sorted(p for d in ("examples", "tests") for p in (ROOT / d).rglob("*")
                 if p.suffix in (".ts", ".tsx", ".js", ".jsx") and "node_modules" not in p.parts)


def _parses(text: str, name: str) -> bool:
    language = frontend.language_of(name)
    return language is not None and not frontend.parse_text(text, name, language).has_errors


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_checker_does_not_fail(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    if not _parses(text, path.name):
        pytest.skip("does not parse")
    check(text, path.name)
    # Truncated versions (a statement prefix) exercise declarations used before they are checked.
    lines = text.splitlines(keepends=True)
    for cut in range(len(lines) // 3, len(lines), max(1, len(lines) // 3)):
        prefix = "".join(lines[:cut])
        if _parses(prefix, path.name):
            check(prefix, path.name)
