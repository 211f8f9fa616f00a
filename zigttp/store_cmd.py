"""`zigttp store path|ls|verify|gc` (SPEC §16.6). Loads only the store, never the compiler."""

from __future__ import annotations

import sys
from typing import Any

from .sizes import format_size


def store_command(options: dict[str, Any], positionals: list[str]) -> int:
    from .store.location import store_dir
    from .store.maintenance import collect_garbage, verify_store
    from .store.objects import Store

    sub = positionals[0]
    root = store_dir(options.get("store"))
    store = Store(root)
    if sub == "path":
        sys.stdout.write(f"{root}\n")
        return 0
    if sub == "ls":
        rows = []
        for h in store.artifacts():
            meta = store.artifact_meta(h)
            rows.append((meta.get("built", ""), h, meta))
        rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
        for built, h, meta in rows:
            sys.stdout.write(f"{h}  {built}  {meta.get('entry', '?')}  proof:{meta.get('proof', 'none')}\n")
        return 0
    if sub == "verify":
        count, corrupt = verify_store(store)
        for h in corrupt:
            sys.stdout.write(f"corrupt {h}\n")
        sys.stdout.write(f"verified {count} objects, {len(corrupt)} corrupt\n")
        return 1 if corrupt else 0
    if sub == "gc":
        result = collect_garbage(store, options.get("keep") or 0)
        sys.stdout.write(f"removed {result.removed} objects ({format_size(result.bytes)})\n")
        return 0
    sys.stderr.write(f"error: unknown store command '{sub}'\nrun 'zigttp store --help' for usage\n")
    return 2
