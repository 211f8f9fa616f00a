"""`zigttp store verify` and `zigttp store gc` (SPEC §16.6)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from .objects import Store, digest


def verify_store(store: Store) -> tuple[int, list[str]]:
    """Re-hash every object; return (number checked, corrupt object ids)."""
    count = 0
    corrupt: list[str] = []
    for h in store.iter_objects():
        count += 1
        try:
            with open(store.object_path(h), "rb") as f:
                data = f.read()
        except OSError:
            corrupt.append(h)
            continue
        if digest(data) != h:
            corrupt.append(h)
    return count, corrupt


def manifest_objects(store: Store, h: str) -> set[str]:
    """Every object an artifact needs: its manifest and the objects the manifest lists."""
    try:
        manifest = json.loads(store.get(h))
    except Exception:
        return {h}
    return {h, *manifest.get("objects", [])}


@dataclass
class GcResult:
    removed: int
    bytes: int


def collect_garbage(store: Store, keep: int = 0) -> GcResult:
    """Remove every object not reachable from a root (and the `--keep N` newest artifacts)."""
    live_artifacts = set(store.roots().values())
    artifacts = store.artifacts()
    if keep > 0:
        by_time = sorted(artifacts, key=lambda a: (store.artifact_meta(a).get("built", ""), a), reverse=True)
        live_artifacts.update(by_time[:keep])
    for a in artifacts:
        if store.artifact_meta(a).get("deploy"):
            live_artifacts.add(a)
    live: set[str] = set()
    for a in live_artifacts:
        live |= manifest_objects(store, a)
    removed = 0
    size = 0
    for h in list(store.iter_objects()):
        if h not in live:
            size += store.remove_object(h)
            removed += 1
    for a in artifacts:
        if a not in live_artifacts:
            store.remove_artifact(a)
    _prune_records(store)
    return GcResult(removed, size)


def _prune_records(store: Store) -> None:
    """Drop pass records whose outputs are gone (they would only cause misses anyway)."""
    base = os.path.join(store.root, "records")
    if not os.path.isdir(base):
        return
    for shard in os.listdir(base):
        shard_dir = os.path.join(base, shard)
        if not os.path.isdir(shard_dir):
            continue
        for name in os.listdir(shard_dir):
            entry = os.path.join(shard_dir, name)
            try:
                with open(entry, "rb") as f:
                    record = json.loads(f.read())
            except (OSError, ValueError):
                continue
            needed = [record.get("output"), record.get("diagnostics")]
            if any(n and not store.has(n) for n in needed):
                try:
                    os.unlink(entry)
                except FileNotFoundError:
                    pass
