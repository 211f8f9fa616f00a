"""Where the store lives (SPEC §1.5): --store DIR, else $ZIGTTP_STORE, else $XDG_CACHE_HOME/zigttp/store,
else ~/.cache/zigttp/store."""

from __future__ import annotations

import os
from pathlib import Path


def store_dir(explicit: str | None = None) -> Path:
    """Resolve the store directory from the flag and the environment (not created here)."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    env = os.environ.get("ZIGTTP_STORE")
    if env:
        return Path(env).expanduser().absolute()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg).expanduser().absolute() / "zigttp" / "store"
    return Path.home() / ".cache" / "zigttp" / "store"
