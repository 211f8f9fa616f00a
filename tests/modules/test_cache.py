"""zigttp:cache (SPEC §11.7): TTL, LRU by entries and bytes, stats, flags, capability policy."""

from __future__ import annotations

import pytest
from zigttp.vm.modules import cache
from zigttp.vm.modules.cache import CacheStore, cacheDelete, cacheGet, cacheIncr, cacheSet, cacheStats
from zigttp.vm.modules.config import Policy, RuntimeConfig, configure
from zigttp.vm.values import FrozenObject, JSError

from .jsrun import call, load_js


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(cache.STORE, "clock", c)
    return c


def stats(ns: str | None = None) -> dict:
    return dict(cacheStats(ns))


def test_get_set_delete_and_stats() -> None:
    assert cacheGet("s", "k") is None
    assert cacheSet("s", "k", "v") is True
    assert cacheGet("s", "k") == "v"
    assert cacheSet("s", "k", "w") is True
    assert cacheGet("s", "k") == "w"
    assert cacheGet("other", "k") is None
    assert stats("s") == {"hits": 2.0, "misses": 1.0, "entries": 1.0, "bytes": 3.0, "evictions": 0.0}
    assert cacheDelete("s", "k") is True
    assert cacheDelete("s", "k") is False
    assert stats() == {"hits": 2.0, "misses": 2.0, "entries": 0.0, "bytes": 0.0, "evictions": 0.0}
    assert stats("never") == {"hits": 0.0, "misses": 0.0, "entries": 0.0, "bytes": 0.0, "evictions": 0.0}
    assert type(cacheStats()) is FrozenObject and list(cacheStats()) == ["hits", "misses", "entries", "bytes",
                                                                         "evictions"]


def test_entry_size_is_utf8_bytes() -> None:
    cacheSet("né", "k€", "\ud83d\ude00")
    assert stats("né")["bytes"] == 3 + 4 + 4


def test_ttl(clock: Clock) -> None:
    cacheSet("s", "a", "1", 1.5)
    cacheSet("s", "b", "2", 0.0)  # 0 = no expiry
    cacheSet("s", "c", "3")
    clock.now += 1.4
    assert cacheGet("s", "a") == "1"
    clock.now += 0.1
    assert cacheGet("s", "a") is None
    assert cacheDelete("s", "a") is False
    clock.now += 1e9
    assert cacheGet("s", "b") == "2" and cacheGet("s", "c") == "3"
    cacheSet("s", "d", "4", 10.0)
    clock.now += 11
    assert stats("s")["entries"] == 2.0  # expired entries are not counted


@pytest.mark.parametrize("ttl", [-1.0, float("nan"), "5", True])
def test_bad_ttl(ttl) -> None:
    with pytest.raises(JSError) as info:
        cacheSet("s", "k", "v", ttl)
    assert info.value.text() == "RangeError: cacheSet(): ttlSeconds must be a non-negative number"
    with pytest.raises(JSError) as info:
        cacheIncr("s", "k", 1.0, ttl)
    assert info.value.text() == "RangeError: cacheIncr(): ttlSeconds must be a non-negative number"


def test_lru_by_entries() -> None:
    configure(RuntimeConfig(cache_max_entries=3))
    for k in "abc":
        cacheSet("s", k, k)
    assert cacheGet("s", "a") == "a"  # a becomes most recently used
    cacheSet("t", "d", "d")
    assert cacheGet("s", "b") is None  # b was least recently used
    assert [cacheGet("s", "a"), cacheGet("s", "c"), cacheGet("t", "d")] == ["a", "c", "d"]
    assert stats("s")["evictions"] == 1.0 and stats()["evictions"] == 1.0


def test_lru_by_bytes_and_oversized_entries() -> None:
    configure(RuntimeConfig(cache_max_bytes=30))
    cacheSet("n", "1", "x" * 8)  # 10 bytes each
    cacheSet("n", "2", "x" * 8)
    cacheSet("n", "3", "x" * 8)
    cacheSet("n", "4", "x" * 8)
    assert cacheGet("n", "1") is None and stats("n")["bytes"] == 30.0
    assert cacheSet("n", "big", "x" * 40) is False  # alone exceeds the limit: nothing stored
    assert stats("n")["entries"] == 3.0
    assert cacheSet("n", "fits", "x" * 25) is True  # 30 bytes: everything else goes
    assert stats("n") == {"hits": 0.0, "misses": 1.0, "entries": 1.0, "bytes": 30.0, "evictions": 4.0}


def test_expired_entries_go_before_live_ones(clock: Clock) -> None:
    configure(RuntimeConfig(cache_max_entries=2))
    cache.STORE.clock = clock
    cacheSet("s", "old", "1", 1.0)
    cacheSet("s", "live", "2")
    clock.now += 2
    cacheSet("s", "new", "3")
    assert cacheGet("s", "live") == "2" and cacheGet("s", "new") == "3"
    assert stats("s")["evictions"] == 0.0


def test_incr(clock: Clock) -> None:
    assert cacheIncr("c", "n") == 1.0
    assert cacheIncr("c", "n", 2.5) == 3.5
    assert cacheGet("c", "n") == "3.5"
    assert cacheIncr("c", "n", -3.5) == 0.0
    cacheSet("c", "e", "1e21")
    assert cacheIncr("c", "e") == 1e21 and cacheGet("c", "e") == "1e+21"
    cacheSet("c", "t", "5", 10.0)
    clock.now += 5
    assert cacheIncr("c", "t") == 6.0  # keeps the expiry
    clock.now += 5
    assert cacheGet("c", "t") is None
    cacheSet("c", "u", "1", 10.0)
    assert cacheIncr("c", "u", 1.0, 0.0) == 2.0  # ttl given: 0 = no expiry from now on
    clock.now += 100
    assert cacheGet("c", "u") == "2"
    s = stats("c")
    assert (s["hits"], s["misses"]) == (8.0, 2.0)


@pytest.mark.parametrize("value", ["abc", "", " 1", "0x10", "Infinity", "NaN", "1e999"])
def test_incr_non_numbers(value: str) -> None:
    cacheSet("c", "k", value)
    with pytest.raises(JSError) as info:
        cacheIncr("c", "k")
    assert info.value.text() == "TypeError: cacheIncr(): value of 'k' is not a number"


@pytest.mark.parametrize(("call_", "message"), [
    (lambda: cacheGet(1.0, "k"), "cacheGet(): 'ns' must be a string"),
    (lambda: cacheGet("s"), "cacheGet(): 'key' must be a string"),
    (lambda: cacheSet("s", "k", 1.0), "cacheSet(): 'value' must be a string"),
    (lambda: cacheSet("s", None, "v"), "cacheSet(): 'key' must be a string"),
    (lambda: cacheDelete(None, "k"), "cacheDelete(): 'ns' must be a string"),
    (lambda: cacheIncr("s", "k", "1"), "cacheIncr(): 'delta' must be a finite number"),
    (lambda: cacheIncr("s", "k", float("inf")), "cacheIncr(): 'delta' must be a finite number"),
    (lambda: cacheStats(1.0), "cacheStats(): 'ns' must be a string"),
])
def test_argument_errors(call_, message: str) -> None:
    with pytest.raises(JSError) as info:
        call_()
    assert info.value.text() == "TypeError: " + message


def test_capability_policy() -> None:
    configure(RuntimeConfig(policy=Policy(cache=frozenset({"ok"}))))
    assert cacheSet("ok", "k", "v") is True
    for fn in (lambda: cacheGet("no", "k"), lambda: cacheSet("no", "k", "v"), lambda: cacheIncr("no", "k"),
               lambda: cacheDelete("no", "k"), lambda: cacheStats("no")):
        with pytest.raises(JSError) as info:
            fn()
        assert info.value.text() == "CapabilityError: cache namespace 'no' is not allowed by capability policy"
    assert stats()["entries"] == 1.0  # totals need no namespace


def test_store_limits_apply_to_existing_entries() -> None:
    store = CacheStore()
    for i in range(5):
        store.set("s", str(i), "v", None)
    store.set_limits(2, 1000)
    assert store.stats("s")["entries"] == 2.0 and store.get("s", "4") == "v"


def test_cache_survives_requests_of_one_worker() -> None:
    program = load_js("""
import { cacheIncr } from "zigttp:cache";
export function handler(req: Request): Response {
  return Response.text(String(cacheIncr("hits", req.path)));
}
""")
    assert [call(program, "GET", "/a").body for _ in range(3)] == [b"1", b"2", b"3"]
    assert call(program, "GET", "/b").body == b"1"
