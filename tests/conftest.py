"""Shared fixtures: run the real `zigttp` command in a subprocess with an isolated store."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def zigttp_executable() -> str:
    """The installed console script next to this interpreter (falls back to PATH)."""
    candidate = Path(sys.executable).parent / "zigttp"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("zigttp")
    assert found, "the zigttp command is not installed"
    return found


@dataclass
class Result:
    code: int
    out: str
    err: str
    stdout_bytes: bytes


class Zigttp:
    """Runs `zigttp ...` with its own store directory and working directory."""

    def __init__(self, store: Path, cwd: Path):
        self.store = store
        self.cwd = cwd
        self.exe = zigttp_executable()

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["ZIGTTP_STORE"] = str(self.store)
        env.pop("NODE_EXTRA_CA_CERTS", None)
        return env

    def __call__(self, *args: str, cwd: Path | None = None, input: bytes | None = None,
                 timeout: float = 60) -> Result:
        proc = subprocess.run([self.exe, *args], cwd=cwd or self.cwd, env=self.env(), input=input,
                              capture_output=True, timeout=timeout)
        return Result(proc.returncode, proc.stdout.decode("utf-8", "replace"),
                      proc.stderr.decode("utf-8", "replace"), proc.stdout)

    def popen(self, *args: str, cwd: Path | None = None) -> subprocess.Popen:
        return subprocess.Popen([self.exe, *args], cwd=cwd or self.cwd, env=self.env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.fixture
def zigttp(tmp_path: Path) -> Zigttp:
    work = tmp_path / "work"
    work.mkdir()
    return Zigttp(tmp_path / "store", work)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
