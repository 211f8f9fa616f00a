"""Fixtures for the policy tests: a clean runtime configuration for in-process enforcement tests, and a
helper that builds a handler with the real command."""

from __future__ import annotations

import re

import pytest
from zigttp.vm.modules import cache, transport
from zigttp.vm.modules.config import RuntimeConfig, configure

from tests.conftest import Result, Zigttp, write

PROGRESS = re.compile(r"^  (\S+)\s+(ran \d+ ms|cached|skipped|failed)$")


@pytest.fixture
def clean_runtime(monkeypatch: pytest.MonkeyPatch):
    """Default runtime configuration and an empty cache before and after the test."""
    configure(RuntimeConfig())
    cache.STORE.clear()
    monkeypatch.setattr(transport, "TRANSPORT", transport.Transport())
    yield configure
    transport.TRANSPORT.close()
    configure(RuntimeConfig())
    cache.STORE.clear()


def build(zigttp: Zigttp, source: str, *args: str, name: str = "handler.ts") -> Result:
    """Write ``source`` as the entry file and run `zigttp build` on it."""
    write(zigttp.cwd / name, source)
    return zigttp("build", name, *args)


def report_lines(err: str) -> list[str]:
    """The stderr lines of a build without the header, progress lines and the final line."""
    lines = err.splitlines()[1:-1]
    return [line for line in lines if not PROGRESS.match(line)]
