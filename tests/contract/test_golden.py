"""Golden contract.json files (SPEC §14.1–§14.2), built through the real `zigttp build --contract=PATH`.

Each directory under cases/ holds a handler (and the modules it imports), ``cmd`` (the entry file and any
extra build options) and ``contract.json`` (the expected bytes). Set ZIGTTP_REGEN_GOLDEN=1 to rewrite the
expected files from the current output (then review the diff).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import Zigttp

CASES = Path(__file__).parent / "cases"
NAMES = sorted(p.name for p in CASES.iterdir() if p.is_dir())


@pytest.mark.parametrize("name", NAMES)
def test_contract_json(zigttp: Zigttp, name: str) -> None:
    case = CASES / name
    shutil.copytree(case, zigttp.cwd, dirs_exist_ok=True)
    entry, *extra = (case / "cmd").read_text().split()
    r = zigttp("build", entry, "--contract=out/contract.json", *extra)
    assert r.code == 0, r.err
    got = (zigttp.cwd / "out" / "contract.json").read_bytes()
    expected_file = case / "contract.json"
    if os.environ.get("ZIGTTP_REGEN_GOLDEN"):
        expected_file.write_bytes(got)
    assert got == expected_file.read_bytes()
    shown = zigttp("show", r.out.strip(), "contract")
    assert shown.stdout_bytes == got
