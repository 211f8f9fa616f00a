"""Where the store lives (SPEC §1.5): --store DIR, else $ZIGTTP_STORE, else $XDG_CACHE_HOME/zigttp/store,
else ~/.cache/zigttp/store."""

from __future__ import annotations

import os


def store_dir(explicit: str | None = None) -> str:
    """Resolve the store directory (an absolute path) from the flag and the environment; not created here."""
    if explicit:
        return os.path.abspath(os.path.expanduser(explicit))
    env = os.environ.get("ZIGTTP_STORE")
    if env:
        return os.path.abspath(os.path.expanduser(env))
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return os.path.join(os.path.abspath(os.path.expanduser(xdg)), "zigttp", "store")
    return os.path.join(os.path.expanduser("~"), ".cache", "zigttp", "store")
