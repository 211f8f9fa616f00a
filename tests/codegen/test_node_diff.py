"""Differential tests: each program in programs/ prints the same bytes under Node 20 and under zigttp.

Node gets a small generator-based ``range`` prelude (the only zigttp global the programs use)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .jsrun import run

PROGRAMS = sorted((Path(__file__).parent / "programs").glob("*.js"))
NODE = shutil.which("node")
PRELUDE = """function* range(a, b, c) { let s = 0, e = a, st = 1; if (b !== undefined) { s = a; e = b; }
if (c !== undefined) st = c; if (st > 0) { for (let i = s; i < e; i += st) yield i; }
else { for (let i = s; i > e; i += st) yield i; } }
"""


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_same_output_as_node(program: Path) -> None:
    source = program.read_text(encoding="utf-8")
    node = subprocess.run([NODE, "-e", PRELUDE + source], capture_output=True, timeout=60)
    assert node.returncode == 0, node.stderr.decode()
    result = run(source, program.name)
    assert result.error is None, result.error
    assert result.stdout == node.stdout.decode("utf-8")
