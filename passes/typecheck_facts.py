"""Type facts for the code generator (placeholder)."""

from __future__ import annotations

from typing import Any


def compute_facts(checker: Any) -> dict[str, Any]:
    return {}
