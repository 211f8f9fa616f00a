"""zigttp:cache (SPEC §11.7): one in-process store per worker with TTLs and LRU eviction by entry count
and by bytes across all namespaces.

Entries live in an ``OrderedDict`` in recency order (least recently used first). Expiry times go into a
min-heap, so expired entries are purged cheaply before any eviction; an expired entry also behaves as
absent (and is removed) whenever it is touched.
"""

from __future__ import annotations

import heapq
import math
import re
import time
from collections import OrderedDict
from typing import Any

from ..conversions import number_to_string
from ..errors import range_error, type_error
from ..record import Factory, record
from ..utf16 import to_utf8
from ..values import FrozenObject
from .common import arg_error, capability_error, is_number, js_function, require_string
from .config import DEFAULT_CACHE_MAX_BYTES, DEFAULT_CACHE_MAX_ENTRIES, current_config
from .context import forbid_in_thunk

__all__ = ["CacheStore", "STORE", "cacheGet", "cacheSet", "cacheDelete", "cacheIncr", "cacheStats", "EXPORTS"]

_DECIMAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\Z")


@record
class _Entry:
    value: str
    size: int
    expires: float | None  # time.monotonic() deadline, or None
    seq: int


@record
class _Counters:
    hits: int = 0
    misses: int = 0
    entries: int = 0
    bytes: int = 0
    evictions: int = 0


@record
class CacheStore:
    """The per-worker cache. Methods take Python values and never check argument types."""

    max_entries: int = DEFAULT_CACHE_MAX_ENTRIES
    max_bytes: int = DEFAULT_CACHE_MAX_BYTES
    clock: Any = time.monotonic
    _entries: OrderedDict[tuple[str, str], _Entry] = Factory(OrderedDict)
    _expiries: list[tuple[float, int, tuple[str, str]]] = Factory(list)
    _stats: dict[str, _Counters] = Factory(dict)
    _seq: int = 0
    _bytes: int = 0

    def set_limits(self, max_entries: int, max_bytes: int) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._evict()

    def clear(self) -> None:
        """Drop every entry and counter (tests)."""
        self._entries.clear()
        self._expiries.clear()
        self._stats.clear()
        self._bytes = 0

    # -- internals -------------------------------------------------------------------------------------------

    def _counters(self, ns: str) -> _Counters:
        c = self._stats.get(ns)
        if c is None:
            c = self._stats[ns] = _Counters()
        return c

    def _remove(self, key: tuple[str, str], entry: _Entry) -> None:
        del self._entries[key]
        c = self._counters(key[0])
        c.entries -= 1
        c.bytes -= entry.size
        self._bytes -= entry.size

    def _live(self, key: tuple[str, str]) -> _Entry | None:
        entry = self._entries.get(key)
        if entry is not None and entry.expires is not None and entry.expires <= self.clock():
            self._remove(key, entry)
            return None
        return entry

    def _purge_expired(self) -> None:
        heap = self._expiries
        now = self.clock()
        while heap and heap[0][0] <= now:
            _, seq, key = heapq.heappop(heap)
            entry = self._entries.get(key)
            if entry is not None and entry.seq == seq:
                self._remove(key, entry)

    def _evict(self) -> None:
        if len(self._entries) <= self.max_entries and self._bytes <= self.max_bytes:
            return
        self._purge_expired()
        while self._entries and (len(self._entries) > self.max_entries or self._bytes > self.max_bytes):
            key, entry = next(iter(self._entries.items()))
            self._remove(key, entry)
            self._counters(key[0]).evictions += 1

    def _store(self, key: tuple[str, str], value: str, size: int, expires: float | None) -> None:
        old = self._entries.get(key)
        if old is not None:
            self._remove(key, old)
        self._seq += 1
        self._entries[key] = _Entry(value, size, expires, self._seq)
        c = self._counters(key[0])
        c.entries += 1
        c.bytes += size
        self._bytes += size
        if expires is not None:
            heapq.heappush(self._expiries, (expires, self._seq, key))
            if len(self._expiries) > 2 * len(self._entries) + 64:
                self._expiries = [(e.expires, e.seq, k) for k, e in self._entries.items() if e.expires is not None]
                heapq.heapify(self._expiries)
        self._evict()

    # -- operations -------------------------------------------------------------------------------------------

    def get(self, ns: str, key: str) -> str | None:
        k = (ns, key)
        entry = self._live(k)
        c = self._counters(ns)
        if entry is None:
            c.misses += 1
            return None
        c.hits += 1
        self._entries.move_to_end(k)
        return entry.value

    def set(self, ns: str, key: str, value: str, ttl: float | None) -> bool:
        size = len(to_utf8(ns)) + len(to_utf8(key)) + len(to_utf8(value))
        if size > self.max_bytes or self.max_entries <= 0:
            return False
        self._store((ns, key), value, size, None if ttl is None else self.clock() + ttl)
        return True

    def delete(self, ns: str, key: str) -> bool:
        k = (ns, key)
        entry = self._live(k)
        if entry is None:
            return False
        self._remove(k, entry)
        return True

    def incr(self, ns: str, key: str, delta: float, ttl: float | None, keep_ttl: bool) -> float:
        k = (ns, key)
        entry = self._live(k)
        c = self._counters(ns)
        if entry is None:
            c.misses += 1
            current = 0.0
            expires = None
        else:
            c.hits += 1
            self._entries.move_to_end(k)
            if _DECIMAL.match(entry.value) is None or not math.isfinite(float(entry.value)):
                type_error(f"cacheIncr(): value of '{key}' is not a number")
            current = float(entry.value)
            expires = entry.expires
        result = current + delta
        if not keep_ttl:
            expires = None if ttl is None else self.clock() + ttl
        text = number_to_string(result)
        size = len(to_utf8(ns)) + len(to_utf8(key)) + len(text)
        if size <= self.max_bytes and self.max_entries > 0:
            self._store(k, text, size, expires)
        return result

    def stats(self, ns: str | None) -> dict[str, float]:
        self._purge_expired()
        if ns is not None:
            c = self._stats.get(ns) or _Counters()
            counters = [c]
        else:
            counters = list(self._stats.values())
        return {
            "hits": float(sum(c.hits for c in counters)),
            "misses": float(sum(c.misses for c in counters)),
            "entries": float(sum(c.entries for c in counters)),
            "bytes": float(sum(c.bytes for c in counters)),
            "evictions": float(sum(c.evictions for c in counters)),
        }


STORE = CacheStore()


def _check(fn: str, ns: Any) -> str:
    if type(ns) is str and not current_config().policy.cache_allowed(ns):
        capability_error(f"cache namespace '{ns}' is not allowed by capability policy")
    ns = require_string(fn, "ns", ns)
    forbid_in_thunk(fn)
    return ns


def _ttl(fn: str, ttl: Any) -> float | None:
    """None for no expiry; seconds otherwise (§11.7)."""
    if ttl is None:
        return None
    if is_number(ttl) and ttl >= 0:
        return None if ttl == 0 or ttl == math.inf else float(ttl)
    range_error(f"{fn}(): ttlSeconds must be a non-negative number")


@js_function("cacheGet", 2)
def cacheGet(ns: Any = None, key: Any = None, *_: Any) -> str | None:  # noqa: N802 - JS name
    ns = _check("cacheGet", ns)
    return STORE.get(ns, require_string("cacheGet", "key", key))


@js_function("cacheSet", 3)
def cacheSet(ns: Any = None, key: Any = None, value: Any = None, ttlSeconds: Any = None,  # noqa: N802, N803
             *_: Any) -> bool:
    ns = _check("cacheSet", ns)
    key = require_string("cacheSet", "key", key)
    value = require_string("cacheSet", "value", value)
    return STORE.set(ns, key, value, _ttl("cacheSet", ttlSeconds))


@js_function("cacheDelete", 2)
def cacheDelete(ns: Any = None, key: Any = None, *_: Any) -> bool:  # noqa: N802
    ns = _check("cacheDelete", ns)
    return STORE.delete(ns, require_string("cacheDelete", "key", key))


@js_function("cacheIncr", 2)
def cacheIncr(ns: Any = None, key: Any = None, delta: Any = None, ttlSeconds: Any = None,  # noqa: N802, N803
              *_: Any) -> float:
    ns = _check("cacheIncr", ns)
    key = require_string("cacheIncr", "key", key)
    if delta is None:
        delta = 1.0
    elif not is_number(delta) or not math.isfinite(delta):
        arg_error("cacheIncr", "delta", "a finite number")
    ttl = _ttl("cacheIncr", ttlSeconds)
    return STORE.incr(ns, key, float(delta), ttl, keep_ttl=ttlSeconds is None)


@js_function("cacheStats", 0)
def cacheStats(ns: Any = None, *_: Any) -> FrozenObject:  # noqa: N802
    if ns is None:
        forbid_in_thunk("cacheStats")
        return FrozenObject(STORE.stats(None))
    ns = _check("cacheStats", ns)
    return FrozenObject(STORE.stats(ns))


EXPORTS = {
    "cacheGet": cacheGet,
    "cacheSet": cacheSet,
    "cacheDelete": cacheDelete,
    "cacheIncr": cacheIncr,
    "cacheStats": cacheStats,
}
