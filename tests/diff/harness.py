"""Differential harness: run one program under Node and under `zigttp run`, and compare the results.

A program is ``programs/<name>.js`` (or ``.jsx``, ``.ts``, ``.tsx``) in script mode: no handler, output
through ``console.log``. When a hand-written twin ``programs/<name>.node.js`` exists, Node runs the twin
instead (for zigttp-only features such as ``range()``, ``match``, ``|>``, JSX or type annotations; every
program that is not plain ``.js`` needs one). Known zigttp bugs are listed in
``known_failures.txt`` as ``<name>: <reason>`` lines.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS_DIR = HERE / "programs"
KNOWN_FAILURES = HERE / "known_failures.txt"
TWIN_SUFFIX = ".node.js"
SUFFIXES = (".js", ".jsx", ".ts", ".tsx")
TIMEOUT = 120


EXPECT_ERROR = "// expect-error: "


@dataclass(frozen=True)
class Program:
    """One differential case: the zigttp source and the file Node runs (itself or its twin)."""

    name: str
    source: Path
    node_source: Path

    @property
    def has_twin(self) -> bool:
        return self.node_source != self.source

    @property
    def expected_error(self) -> str | None:
        """The error line zigttp must end with (``<file>:<line>:<col> <Name>: <message>``) for a program
        that ends in a runtime error, from a ``// expect-error: `` comment among its first lines."""
        with self.source.open(encoding="utf-8") as f:
            for _, line in zip(range(5), f, strict=False):
                if line.startswith(EXPECT_ERROR):
                    return line[len(EXPECT_ERROR):].rstrip("\n")
        return None


@dataclass(frozen=True)
class Outcome:
    """What one runtime did with a program."""

    code: int
    stdout: bytes
    stderr: bytes


def discover(directory: Path = PROGRAMS_DIR) -> list[Program]:
    """Every program in ``directory`` (twins excluded), sorted by name."""
    programs = []
    for path in sorted(p for p in directory.iterdir() if p.suffix in SUFFIXES):
        if path.name.endswith(TWIN_SUFFIX):
            continue
        twin = path.with_name(path.stem + TWIN_SUFFIX)
        programs.append(Program(path.stem, path, twin if twin.exists() else path))
    return programs


def orphan_twins(directory: Path = PROGRAMS_DIR) -> list[Path]:
    """Twins whose zigttp program does not exist (usually a rename gone wrong)."""
    orphans = []
    for twin in sorted(directory.glob("*" + TWIN_SUFFIX)):
        stem = twin.name[: -len(TWIN_SUFFIX)]
        if not any(twin.with_name(stem + suffix).exists() for suffix in SUFFIXES):
            orphans.append(twin)
    return orphans


def missing_twins(programs: list[Program]) -> list[str]:
    """Programs other than ``.js`` without a twin (Node runs neither JSX nor type annotations)."""
    return [p.name for p in programs if p.source.suffix != ".js" and not p.has_twin]


def load_known_failures(path: Path = KNOWN_FAILURES) -> dict[str, str]:
    """Parse ``<name>: <reason>`` lines; blank lines and ``#`` comments are ignored."""
    failures: dict[str, str] = {}
    if not path.exists():
        return failures
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, reason = line.partition(":")
        if not sep or not name.strip() or not reason.strip():
            raise ValueError(f"{path.name}:{number}: expected '<name>: <reason>', got {raw!r}")
        failures[name.strip()] = reason.strip()
    return failures


def node_executable() -> str | None:
    """The ``node`` on PATH, if any."""
    return shutil.which("node")


def zigttp_executable() -> str:
    """The installed ``zigttp`` console script next to this interpreter, else the one on PATH."""
    candidate = Path(sys.executable).parent / "zigttp"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("zigttp")
    if found is None:
        raise RuntimeError("the zigttp command is not installed")
    return found


def _environment(store: Path, pycache: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("NODE_EXTRA_CA_CERTS", None)
    env.pop("NODE_OPTIONS", None)
    env["ZIGTTP_STORE"] = str(store)
    env["NO_COLOR"] = "1"
    if pycache is not None:  # let every `zigttp run` reuse compiled modules instead of recompiling them
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def run_both(program: Program, store: Path, node: str, zigttp: str,
             pycache: Path | None = None) -> tuple[Outcome, Outcome]:
    """Run ``node <twin or program>`` and ``zigttp run <program>`` concurrently; return (node, zigttp).

    ``store`` is the zigttp store; ``pycache``, when given, is a bytecode cache directory for zigttp's own
    Python modules (outside the source tree)."""
    env = _environment(store, pycache)
    cwd = program.source.parent
    procs = [
        subprocess.Popen([node, str(program.node_source)], cwd=cwd, env=env,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE),
        subprocess.Popen([zigttp, "run", str(program.source)], cwd=cwd, env=env,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE),
    ]
    outcomes = []
    for proc in procs:
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            err += f"\n[harness] killed after {TIMEOUT} s".encode()
        outcomes.append(Outcome(proc.returncode, out, err))
    return outcomes[0], outcomes[1]


def _text(data: bytes) -> str:
    return data.decode("utf-8", "backslashreplace")


def _error_problems(expected: str, node: Outcome, zigttp: Outcome) -> list[str]:
    """Both runs must fail with exit code 1: Node with the same ``<Name>: <message>`` line, zigttp with
    ``expected`` (location included) as the last line of its stderr."""
    problems = []
    _, _, error_text = expected.partition(" ")
    if node.code != 1 or error_text not in _text(node.stderr).splitlines():
        problems.append(f"node should exit 1 with {error_text!r}, exited {node.code}:\n{_text(node.stderr)}")
    lines = _text(zigttp.stderr).rstrip("\n").splitlines()
    if zigttp.code != 1 or not lines or lines[-1] != expected:
        problems.append(f"zigttp should exit 1 with {expected!r} last on stderr, exited {zigttp.code}:\n"
                        f"{_text(zigttp.stderr)}")
    return problems


def explain(program: Program, node: Outcome, zigttp: Outcome) -> str | None:
    """``None`` when both runs exited 0 (or, for a program with an ``expect-error`` line, failed as
    expected) with identical stdout bytes, else a readable report."""
    problems = []
    expected = program.expected_error
    if expected is not None:
        problems += _error_problems(expected, node, zigttp)
    if expected is None and node.code != 0:
        problems.append(f"node exited {node.code} (the program or its twin is wrong):\n{_text(node.stderr)}")
    if expected is None and zigttp.code != 0:
        problems.append(f"zigttp exited {zigttp.code}:\n{_text(zigttp.stderr)}")
    if node.stdout != zigttp.stdout:
        diff = difflib.unified_diff(
            _text(node.stdout).splitlines(keepends=True), _text(zigttp.stdout).splitlines(keepends=True),
            "node", "zigttp", n=2)
        body = "".join(line if line.endswith("\n") else line + "\\ (no newline)\n" for line in diff)
        problems.append("stdout differs:\n" + (body or "(only in bytes not shown by the text diff)\n"))
        if zigttp.stderr and zigttp.code == 0:
            problems.append("zigttp stderr:\n" + _text(zigttp.stderr))
    if not problems:
        return None
    return f"{program.name}:\n" + "\n".join(problems)
