"""The blake3 content-addressed store (DESIGN §2).

Layout under the store directory::

    objects/ab/cdef...   immutable blobs named by the blake3 hex digest of their bytes
    records/12/3456...   pass key -> small canonical JSON record {pass, version, inputs, output, diagnostics}
    artifacts/<hash>     one file per built artifact: metadata for `store ls` (entry, build time, proof)
    roots/<name>         a hash kept alive by gc (latest build of each entry file, deploys)

Writes are atomic (temporary file in the same directory, fsync, rename) and idempotent, so concurrent
builds writing the same object are both correct and a reader never sees a partial object.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from blake3 import blake3

HEX = frozenset("0123456789abcdef")


class StoreError(Exception):
    """A store problem reported to the user as one `error:` line."""


def digest(data: bytes) -> str:
    """The 64-hex blake3-256 digest of ``data``."""
    return blake3(data).hexdigest()


class Store:
    """A content-addressed store rooted at ``root``."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    # -- paths -------------------------------------------------------------------------------------------

    def _sharded(self, kind: str, name: str) -> Path:
        return self.root / kind / name[:2] / name[2:]

    def object_path(self, h: str) -> Path:
        return self._sharded("objects", h)

    # -- low-level atomic write --------------------------------------------------------------------------

    @staticmethod
    def _atomic_write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise

    # -- objects -----------------------------------------------------------------------------------------

    def put(self, data: bytes) -> str:
        """Store ``data`` and return its hash; a no-op when the object is already present and intact."""
        h = digest(data)
        path = self.object_path(h)
        if path.is_file() and path.stat().st_size == len(data):
            return h
        self._atomic_write(path, data)
        return h

    def has(self, h: str) -> bool:
        return self.object_path(h).is_file()

    def get(self, h: str, *, verify: bool = False) -> bytes:
        """Read an object; with ``verify`` re-hash it and raise StoreError on corruption."""
        try:
            data = self.object_path(h).read_bytes()
        except FileNotFoundError:
            raise StoreError(f"object {h} is missing from the store") from None
        if verify and digest(data) != h:
            raise StoreError(f"object {h} is corrupt")
        return data

    def size(self, h: str) -> int:
        return self.object_path(h).stat().st_size

    def iter_objects(self) -> Iterator[str]:
        base = self.root / "objects"
        if not base.is_dir():
            return
        for shard in sorted(base.iterdir()):
            if not shard.is_dir() or len(shard.name) != 2:
                continue
            for entry in sorted(shard.iterdir()):
                if entry.name.startswith(".tmp-"):
                    continue
                yield shard.name + entry.name

    # -- pass records ------------------------------------------------------------------------------------

    def get_record(self, key: str) -> dict | None:
        try:
            return json.loads(self._sharded("records", key).read_bytes())
        except (FileNotFoundError, ValueError):
            return None

    def put_record(self, key: str, record_bytes: bytes) -> None:
        self._atomic_write(self._sharded("records", key), record_bytes)

    # -- artifacts ---------------------------------------------------------------------------------------

    def add_artifact(self, h: str, meta: dict) -> None:
        """Register a built artifact (its manifest is object ``h``) with metadata for `store ls`."""
        self._atomic_write(self.root / "artifacts" / h, json.dumps(meta, sort_keys=True).encode())

    def artifact_meta(self, h: str) -> dict:
        try:
            return json.loads((self.root / "artifacts" / h).read_bytes())
        except (FileNotFoundError, ValueError):
            return {}

    def artifacts(self) -> list[str]:
        base = self.root / "artifacts"
        if not base.is_dir():
            return []
        return sorted(p.name for p in base.iterdir() if len(p.name) == 64 and set(p.name) <= HEX)

    def resolve(self, prefix: str) -> str:
        """Resolve a unique artifact hash prefix (at least 8 hex digits) to the full hash."""
        p = prefix.lower()
        if len(p) < 8 or not set(p) <= HEX or len(p) > 64:
            raise StoreError(f"no artifact matching '{prefix}' in {self.root}")
        matches = [h for h in self.artifacts() if h.startswith(p)]
        if not matches:
            raise StoreError(f"no artifact matching '{prefix}' in {self.root}")
        if len(matches) > 1:
            raise StoreError(f"'{prefix}' matches {len(matches)} artifacts; use more digits")
        return matches[0]

    # -- roots -------------------------------------------------------------------------------------------

    def set_root(self, name: str, h: str) -> None:
        self._atomic_write(self.root / "roots" / name, (h + "\n").encode())

    def roots(self) -> dict[str, str]:
        base = self.root / "roots"
        if not base.is_dir():
            return {}
        out = {}
        for p in sorted(base.iterdir()):
            if p.name.startswith(".tmp-"):
                continue
            value = p.read_text().strip()
            if len(value) == 64 and set(value) <= HEX:
                out[p.name] = value
        return out

    # -- removal (gc) ------------------------------------------------------------------------------------

    def remove_object(self, h: str) -> int:
        path = self.object_path(h)
        try:
            size = path.stat().st_size
            path.unlink()
            return size
        except FileNotFoundError:
            return 0

    def remove_artifact(self, h: str) -> None:
        try:
            (self.root / "artifacts" / h).unlink()
        except FileNotFoundError:
            pass
