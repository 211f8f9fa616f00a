"""`zigttp bundle` errors and its independence from the compiler (SPEC §15.4, §16.7)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Zigttp, write

HANDLER = 'export function handler(req: Request): Response { return Response.text("hi"); }\n'


@pytest.fixture
def built(zigttp: Zigttp) -> str:
    write(zigttp.cwd / "h.ts", HANDLER)
    r = zigttp("build", "h.ts")
    assert r.code == 0, r.err
    return r.out.strip()


def test_non_empty_output_directory(zigttp: Zigttp, built: str) -> None:
    write(zigttp.cwd / "out" / "keep.txt", "x")
    r = zigttp("bundle", built, "--out", "out")
    assert (r.code, r.out, r.err) == (1, "", "error: output directory 'out' is not empty\n")
    assert [p.name for p in (zigttp.cwd / "out").iterdir()] == ["keep.txt"]


def test_output_path_is_a_file(zigttp: Zigttp, built: str) -> None:
    write(zigttp.cwd / "out", "x")
    r = zigttp("bundle", built, "--out", "out")
    assert (r.code, r.err) == (1, "error: output directory 'out' is not a directory\n")


def test_empty_output_directory_is_used(zigttp: Zigttp, built: str) -> None:
    (zigttp.cwd / "out").mkdir()
    r = zigttp("bundle", built[:8], "--out", "out")
    assert r.code == 0, r.err
    assert (zigttp.cwd / "out" / "ARTIFACT").read_text() == built + "\n"
    assert not [p for p in zigttp.cwd.iterdir() if p.name.startswith(".zigttp-bundle-")]


@pytest.mark.parametrize("prefix", ["abcdef0123", "abc"])
def test_unknown_hash(zigttp: Zigttp, built: str, prefix: str) -> None:
    r = zigttp("bundle", prefix, "--out", "out")
    assert (r.code, r.err) == (1, f"error: no artifact matching '{prefix}' in {zigttp.store}\n")
    assert not (zigttp.cwd / "out").exists()


def test_out_is_required(zigttp: Zigttp, built: str) -> None:
    r = zigttp("bundle", built)
    assert (r.code, r.err) == (2, "error: option '--out' is required\nrun 'zigttp bundle --help' for usage\n")
    assert zigttp("bundle", "--help").out.startswith("usage: zigttp bundle <hash> --out DIR [--store DIR]\n")


def test_corrupt_store_object_is_refused(zigttp: Zigttp, built: str) -> None:
    manifest = json.loads((zigttp.store / "objects" / built[:2] / built[2:]).read_bytes())
    code = manifest["modules"][0]["code"]
    (zigttp.store / "objects" / code[:2] / code[2:]).write_bytes(b"corrupt")
    r = zigttp("bundle", built, "--out", "out")
    assert (r.code, r.err) == (1, f"error: artifact verification failed: {code}\n")
    assert not (zigttp.cwd / "out").exists()


def test_bundle_never_loads_the_compiler(zigttp: Zigttp, built: str, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from zigttp.cli import main\n"
        f"code = main(['bundle', {built!r}, '--out', {str(tmp_path / 'b')!r}])\n"
        "heavy = ('zigttp.passes', 'zigttp.pipeline', 'zigttp.schemas', 'pydantic', 'networkx', 'llvmlite')\n"
        "print(code, sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], env=zigttp.env(), capture_output=True, text=True,
                          timeout=120)
    assert proc.stdout == "0 []\n", proc.stderr
