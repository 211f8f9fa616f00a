"""Fixtures for the differential tests: one zigttp store per test session (per xdist worker)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def diff_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store shared by every `zigttp run` of the session, so repeated builds hit the cache."""
    return tmp_path_factory.mktemp("diff-store")


@pytest.fixture(scope="session")
def diff_pycache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Python bytecode cache for zigttp's modules, shared by all xdist workers of the run (CPython writes
    .pyc files atomically), so each `zigttp run` does not recompile the compiler from source."""
    shared = tmp_path_factory.getbasetemp().parent / "diff-pycache"
    shared.mkdir(exist_ok=True)
    return shared
