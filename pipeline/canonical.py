"""Canonical serialisation: equal meaning gives equal bytes (DESIGN §3)."""

from __future__ import annotations

import json
from typing import Any


def canonical_json(value: Any) -> bytes:
    """JSON with sorted keys, no whitespace, UTF-8, and no NaN/Infinity (they must be encoded upstream)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8", "surrogatepass"
    )


def load_json(data: bytes) -> Any:
    """Inverse of ``canonical_json``."""
    return json.loads(data.decode("utf-8", "surrogatepass"))
