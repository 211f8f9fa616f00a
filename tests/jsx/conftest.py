"""Fixtures of the JSX tests: an in-process runner over the real pipeline, one store per session."""

from __future__ import annotations

import pytest

from tests.jsx.jsxrun import Runner


@pytest.fixture(scope="session")
def jsx(tmp_path_factory: pytest.TempPathFactory) -> Runner:
    return Runner(tmp_path_factory.mktemp("jsx"))
