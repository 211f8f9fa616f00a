"""Each program in programs/ must print the same bytes and exit 0 under Node 20 and under `zigttp run`."""

from __future__ import annotations

from pathlib import Path

import pytest

from .harness import (
    PROGRAMS_DIR,
    discover,
    explain,
    load_known_failures,
    missing_twins,
    node_executable,
    orphan_twins,
    run_both,
    zigttp_executable,
)

PROGRAMS = discover()
KNOWN = load_known_failures()
NODE = node_executable()


def _case(program):
    marks = []
    if program.name in KNOWN:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN[program.name]))
    return pytest.param(program, id=program.name, marks=marks)


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("program", [_case(p) for p in PROGRAMS])
def test_same_output_as_node(program, diff_store: Path, diff_pycache: Path) -> None:
    node, zigttp = run_both(program, diff_store, NODE, zigttp_executable(), diff_pycache)
    report = explain(program, node, zigttp)
    assert report is None, report


def test_known_failures_name_existing_programs() -> None:
    names = {p.name for p in PROGRAMS}
    assert sorted(set(KNOWN) - names) == []


def test_every_twin_has_a_program() -> None:
    assert orphan_twins() == []


def test_every_non_js_program_has_a_twin() -> None:
    assert missing_twins(PROGRAMS) == []


def test_expected_errors_name_their_program() -> None:
    """An ``expect-error`` line reads ``<file>:<line>:<col> <Name>: <message>`` for the program's own file."""
    for program in PROGRAMS:
        expected = program.expected_error
        if expected is not None:
            where, _, text = expected.partition(" ")
            assert where.startswith(program.source.name + ":"), program.name
            assert text.split(":")[0].endswith("Error"), program.name


def test_enough_programs() -> None:
    assert len(PROGRAMS) >= 300, f"only {len(PROGRAMS)} programs in {PROGRAMS_DIR}"
