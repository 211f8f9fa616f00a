"""The content-addressed store: atomic idempotent objects, records, prefix lookup, verify, gc."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from blake3 import blake3
from zigttp.store.location import store_dir
from zigttp.store.maintenance import collect_garbage, verify_store
from zigttp.store.objects import Store, StoreError


def test_put_names_objects_by_blake3_and_is_idempotent(tmp_path: Path) -> None:
    store = Store(tmp_path)
    h = store.put(b"hello")
    assert h == blake3(b"hello").hexdigest()
    assert Path(store.object_path(h)) == tmp_path / "objects" / h[:2] / h[2:]
    assert store.put(b"hello") == h
    assert store.get(h, verify=True) == b"hello"
    assert list(store.iter_objects()) == [h]


def test_concurrent_writers_of_the_same_object_both_succeed(tmp_path: Path) -> None:
    store = Store(tmp_path)
    data = b"x" * 1_000_000
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(store.put(data))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1
    assert store.get(results[0], verify=True) == data
    leftovers = [p for p in (tmp_path / "objects").rglob(".tmp-*")]
    assert leftovers == []


def test_corruption_is_detected(tmp_path: Path) -> None:
    store = Store(tmp_path)
    good = store.put(b"good")
    bad = store.put(b"bad")
    Path(store.object_path(bad)).write_bytes(b"evil")
    with pytest.raises(StoreError, match="corrupt"):
        store.get(bad, verify=True)
    count, corrupt = verify_store(store)
    assert count == 2 and corrupt == [bad]
    assert store.get(good, verify=True) == b"good"


def test_prefix_resolution(tmp_path: Path) -> None:
    store = Store(tmp_path)
    a = "ab" * 32
    b = "ab" * 31 + "cd"
    store.add_artifact(a, {"entry": "a.ts"})
    store.add_artifact(b, {"entry": "b.ts"})
    assert store.resolve(a[:62] + "ab") == a
    with pytest.raises(StoreError, match="matches 2 artifacts; use more digits"):
        store.resolve("abababab")
    with pytest.raises(StoreError, match="no artifact matching 'ffffffff'"):
        store.resolve("ffffffff")
    with pytest.raises(StoreError, match="no artifact matching 'abab'"):
        store.resolve("abab")  # fewer than 8 digits


def test_gc_keeps_roots_and_their_objects(tmp_path: Path) -> None:
    store = Store(tmp_path)
    kept_obj = store.put(b"kept")
    manifest = store.put(json.dumps({"objects": [kept_obj]}).encode())
    store.add_artifact(manifest, {"entry": "a.ts", "built": "2026-01-01T00:00:00Z"})
    store.set_root("entry-a", manifest)
    dropped_obj = store.put(b"dropped")
    dropped_manifest = store.put(json.dumps({"objects": [dropped_obj]}).encode())
    store.add_artifact(dropped_manifest, {"entry": "b.ts", "built": "2026-01-01T00:00:00Z"})
    result = collect_garbage(store)
    assert result.removed == 2
    assert result.bytes == len(b"dropped") + len(json.dumps({"objects": [dropped_obj]}).encode())
    assert store.has(kept_obj) and store.has(manifest)
    assert not store.has(dropped_obj)
    assert store.artifacts() == [manifest]


def test_gc_keep_n_newest(tmp_path: Path) -> None:
    store = Store(tmp_path)
    hashes = []
    for i in range(3):
        m = store.put(json.dumps({"objects": [], "n": i}).encode())
        store.add_artifact(m, {"entry": "x.ts", "built": f"2026-01-0{i + 1}T00:00:00Z"})
        hashes.append(m)
    collect_garbage(store, keep=2)
    assert sorted(store.artifacts()) == sorted(hashes[1:])


def test_store_location_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZIGTTP_STORE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert Path(store_dir()) == tmp_path / "xdg" / "zigttp" / "store"
    monkeypatch.setenv("ZIGTTP_STORE", str(tmp_path / "env"))
    assert Path(store_dir()) == tmp_path / "env"
    assert Path(store_dir(str(tmp_path / "flag"))) == tmp_path / "flag"
    monkeypatch.delenv("ZIGTTP_STORE")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert Path(store_dir()) == tmp_path / "home" / ".cache" / "zigttp" / "store"
