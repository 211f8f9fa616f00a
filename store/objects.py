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

import itertools
import json
import os
from collections.abc import Iterator

from blake3 import blake3

# The store is on the serving path: it uses os.path and plain file descriptors rather than pathlib and
# tempfile, whose imports alone cost several milliseconds of cold start.
_counter = itertools.count()

HEX = frozenset("0123456789abcdef")


class StoreError(Exception):
    """A store problem reported to the user as one `error:` line."""


def digest(data: bytes) -> str:
    """The 64-hex blake3-256 digest of ``data``."""
    return blake3(data).hexdigest()


class Store:
    """A content-addressed store rooted at ``root``."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = os.fspath(root)

    # -- paths -------------------------------------------------------------------------------------------

    def _path(self, *parts: str) -> str:
        return os.path.join(self.root, *parts)

    def _sharded(self, kind: str, name: str) -> str:
        return os.path.join(self.root, kind, name[:2], name[2:])

    def object_path(self, h: str) -> str:
        return self._sharded("objects", h)

    # -- low-level atomic write --------------------------------------------------------------------------

    @staticmethod
    def _atomic_write(path: str, data: bytes) -> None:
        directory = os.path.dirname(path)
        os.makedirs(directory, exist_ok=True)
        tmp = os.path.join(directory, f".tmp-{os.getpid()}-{next(_counter)}-{os.urandom(4).hex()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
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

    @staticmethod
    def _read(path: str) -> bytes:
        with open(path, "rb") as f:
            return f.read()

    # -- objects -----------------------------------------------------------------------------------------

    def put(self, data: bytes) -> str:
        """Store ``data`` and return its hash; a no-op when the object is already present and intact."""
        h = digest(data)
        path = self.object_path(h)
        try:
            if os.stat(path).st_size == len(data):
                return h
        except FileNotFoundError:
            pass
        self._atomic_write(path, data)
        return h

    def has(self, h: str) -> bool:
        return os.path.isfile(self.object_path(h))

    def get(self, h: str, *, verify: bool = False) -> bytes:
        """Read an object; with ``verify`` re-hash it and raise StoreError on corruption."""
        try:
            data = self._read(self.object_path(h))
        except FileNotFoundError:
            raise StoreError(f"object {h} is missing from the store") from None
        if verify and digest(data) != h:
            raise StoreError(f"object {h} is corrupt")
        return data

    def size(self, h: str) -> int:
        return os.stat(self.object_path(h)).st_size

    def iter_objects(self) -> Iterator[str]:
        base = self._path("objects")
        if not os.path.isdir(base):
            return
        for shard in sorted(os.listdir(base)):
            shard_dir = os.path.join(base, shard)
            if len(shard) != 2 or not os.path.isdir(shard_dir):
                continue
            for entry in sorted(os.listdir(shard_dir)):
                if entry.startswith(".tmp-"):
                    continue
                yield shard + entry

    # -- pass records ------------------------------------------------------------------------------------

    def get_record(self, key: str) -> dict | None:
        try:
            return json.loads(self._read(self._sharded("records", key)))
        except (FileNotFoundError, ValueError):
            return None

    def put_record(self, key: str, record_bytes: bytes) -> None:
        self._atomic_write(self._sharded("records", key), record_bytes)

    # -- artifacts ---------------------------------------------------------------------------------------

    def add_artifact(self, h: str, meta: dict) -> None:
        """Register a built artifact (its manifest is object ``h``) with metadata for `store ls`."""
        self._atomic_write(self._path("artifacts", h), json.dumps(meta, sort_keys=True).encode())

    def artifact_meta(self, h: str) -> dict:
        try:
            return json.loads(self._read(self._path("artifacts", h)))
        except (FileNotFoundError, ValueError):
            return {}

    def artifacts(self) -> list[str]:
        base = self._path("artifacts")
        if not os.path.isdir(base):
            return []
        return sorted(n for n in os.listdir(base) if len(n) == 64 and set(n) <= HEX)

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
        self._atomic_write(self._path("roots", name), (h + "\n").encode())

    def roots(self) -> dict[str, str]:
        base = self._path("roots")
        if not os.path.isdir(base):
            return {}
        out = {}
        for name in sorted(os.listdir(base)):
            if name.startswith(".tmp-"):
                continue
            value = self._read(os.path.join(base, name)).decode("ascii", "replace").strip()
            if len(value) == 64 and set(value) <= HEX:
                out[name] = value
        return out

    # -- removal (gc) ------------------------------------------------------------------------------------

    def remove_object(self, h: str) -> int:
        path = self.object_path(h)
        try:
            size = os.stat(path).st_size
            os.unlink(path)
            return size
        except FileNotFoundError:
            return 0

    def remove_artifact(self, h: str) -> None:
        try:
            os.unlink(self._path("artifacts", h))
        except FileNotFoundError:
            pass
