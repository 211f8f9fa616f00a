"""Golden-file harness shared by the analysis passes (typecheck, boolcheck, comptime, verify).

Layout, per area (tests/analyses/<area>/cases/):

* ``<name>.ts`` (or ``.tsx``/``.js``/``.jsx``): a one-file handler; or a directory ``<name>/`` holding
  several modules, whose entry is the file named ``handler.*``;
* ``<name>.expected``: the expected diagnostics, one per line, ``<file>:<line>:<col> <code> <message>``
  (file relative to the entry's directory, in build order); empty for an accepted program.

Optional header lines at the top of the entry file:

* ``// build: --verify --define MODE=production`` — build options;
* ``// codes: all`` — compare every diagnostic instead of only the area's codes.

Each case is built in-process with the real pipeline (its own store), so the pass order, barriers and
caching are the product's. ``ZIGTTP_UPDATE_GOLDEN=1 pytest tests/analyses`` rewrites the .expected files.
"""

from __future__ import annotations

import io
import os
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from zigttp.passes.diagnostics import Diagnostic
from zigttp.pipeline.build import BuildOptions, BuildResult, build
from zigttp.pipeline.report import Reporter
from zigttp.store.objects import Store

CASE_EXTENSIONS = (".ts", ".tsx", ".js", ".jsx")
UPDATE = os.environ.get("ZIGTTP_UPDATE_GOLDEN") == "1"


@dataclass
class Case:
    name: str
    entry: Path
    expected: Path
    args: list[str] = field(default_factory=list)
    all_codes: bool = False

    def __str__(self) -> str:
        return self.name


def _header(entry: Path) -> tuple[list[str], bool]:
    args: list[str] = []
    all_codes = False
    for line in entry.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("// build:"):
            args += shlex.split(line[len("// build:"):])
        elif line.startswith("// codes:"):
            all_codes = line[len("// codes:"):].strip() == "all"
        elif line and not line.startswith("//"):
            break
    return args, all_codes


def collect_cases(directory: Path) -> list[Case]:
    """Every case under ``directory`` (sorted by name)."""
    cases = []
    for path in sorted(directory.iterdir()):
        if path.is_dir():
            entries = [p for p in sorted(path.iterdir()) if p.stem == "handler" and p.suffix in CASE_EXTENSIONS]
            if not entries:
                continue
            entry, name = entries[0], path.name
        elif path.suffix in CASE_EXTENSIONS:
            entry, name = path, path.stem
        else:
            continue
        args, all_codes = _header(entry)
        cases.append(Case(name, entry, directory / f"{name}.expected", args, all_codes))
    return cases


def build_options(case: Case, store: Store) -> BuildOptions:
    """Build options from the case's ``// build:`` header."""
    options = BuildOptions(entry=case.entry, store=store)
    args = list(case.args)
    while args:
        arg = args.pop(0)
        if arg == "--verify":
            options.verify = True
        elif arg == "--define":
            name, _, value = args.pop(0).partition("=")
            options.defines[name] = value
        elif arg == "--no-jit":
            options.no_jit = True
        else:
            raise ValueError(f"{case.name}: unsupported build option in header: {arg}")
    return options


def build_case(case: Case, store_dir: Path) -> tuple[BuildResult, str]:
    """Build one case in-process; returns the result and what the build printed."""
    out = io.StringIO()
    result = build(build_options(case, Store(store_dir)), Reporter(progress=True, stream=out))
    return result, out.getvalue()


def render(diagnostics: list[Diagnostic]) -> list[str]:
    return [f"{d.file}:{d.span[0]}:{d.span[1]} {d.code} {d.message}" for d in diagnostics]


def check_case(case: Case, codes: tuple[str, ...], store_dir: Path) -> tuple[BuildResult, str]:
    """Build ``case`` and compare its diagnostics (those whose code starts with one of ``codes``, or all
    of them with ``// codes: all``) with the golden file."""
    result, printed = build_case(case, store_dir)
    shown = [d for d in result.diagnostics if case.all_codes or d.code.startswith(codes)]
    actual = render(shown)
    if UPDATE:
        case.expected.write_text("".join(line + "\n" for line in actual), encoding="utf-8")
    assert case.expected.exists(), f"missing golden file {case.expected}"
    expected = [line for line in case.expected.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert actual == expected, printed
    return result, printed


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"
