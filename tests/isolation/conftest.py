"""The isolation tests serve over real HTTP with the end-to-end fixture."""

from __future__ import annotations

from tests.e2e.conftest import serve  # noqa: F401 - re-exported fixture
