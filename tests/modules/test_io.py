"""zigttp:io (SPEC §11.8, §0.17): parallel and race on OS threads."""

from __future__ import annotations

import threading
import time

import pytest
from zigttp.vm import respond
from zigttp.vm.http_values import Request
from zigttp.vm.modules import context
from zigttp.vm.modules.io import parallel, race
from zigttp.vm.values import JSArray, JSError

from .jsrun import call, load_js


def sleeper(seconds: float, value: object, log: list | None = None):
    def thunk(*_: object) -> object:
        time.sleep(seconds)
        if log is not None:
            log.append(value)
        return value

    return thunk


def failing(seconds: float, message: str):
    def thunk(*_: object) -> object:
        time.sleep(seconds)
        raise JSError("TypeError", message)

    return thunk


def test_results_in_thunk_order() -> None:
    result = parallel(JSArray([sleeper(0.05, "a"), sleeper(0.0, "b"), sleeper(0.02, "c")]))
    assert type(result) is JSArray and result == ["a", "b", "c"]
    assert parallel(JSArray()) == []


def test_thunks_overlap() -> None:
    started = time.perf_counter()
    parallel(JSArray([sleeper(0.2, i) for i in range(3)]))
    assert time.perf_counter() - started < 0.35


def test_parallel_waits_for_all_and_raises_the_lowest_index_error() -> None:
    log: list = []
    thunks = JSArray([sleeper(0.1, "slow", log), failing(0.05, "second"), failing(0.0, "third")])
    with pytest.raises(JSError) as info:
        parallel(thunks)
    assert info.value.message == "second"
    assert log == ["slow"]


def test_race_returns_the_first_to_finish_and_lets_others_run() -> None:
    log: list = []
    assert race(JSArray([sleeper(0.15, "slow", log), sleeper(0.01, "fast", log)])) == "fast"
    assert log == ["fast"]
    time.sleep(0.25)
    assert log == ["fast", "slow"]  # the loser ran to completion in the background
    with pytest.raises(JSError) as info:
        race(JSArray([sleeper(0.2, "slow"), failing(0.0, "boom")]))
    assert info.value.message == "boom"
    assert race(JSArray([failing(0.1, "late"), sleeper(0.0, "ok")])) == "ok"
    context.end_request()


@pytest.mark.parametrize(("fn", "arg", "error"), [
    (parallel, None, "TypeError: parallel(): 'thunks' must be an array of functions"),
    (race, "x", "TypeError: race(): 'thunks' must be an array of functions"),
    (parallel, JSArray([lambda: 1, 2.0]), "TypeError: parallel(): element 1 is not a function"),
    (race, JSArray([None]), "TypeError: race(): element 0 is not a function"),
    (parallel, JSArray([lambda: 1] * 17), "RangeError: parallel() accepts at most 16 thunks, got 17"),
    (race, JSArray([lambda: 1] * 20), "RangeError: race() accepts at most 16 thunks, got 20"),
    (race, JSArray(), "RangeError: race() requires at least one thunk"),
])
def test_argument_errors(fn, arg, error: str) -> None:
    with pytest.raises(JSError) as info:
        fn(arg)
    assert info.value.text() == error


def test_sixteen_thunks_are_fine() -> None:
    assert parallel(JSArray([lambda i=i: float(i) for i in range(16)])) == [float(i) for i in range(16)]


THUNK_PROGRAM = """
import { parallel, race } from "zigttp:io";
import { env } from "zigttp:env";
import { cacheGet, cacheSet, cacheIncr, cacheStats, cacheDelete } from "zigttp:cache";
import { schemaCompile, schemaDrop, validateJson } from "zigttp:validate";
import { sha256 } from "zigttp:crypto";

schemaCompile("n", JSON.stringify({ type: "number" }));

// Function declarations are not checked statically (ZT0312 covers inline and const thunks), so these
// reach the run-time check.
function callEnv(): unknown { return env("HOME"); }
function callCacheGet(): unknown { return cacheGet("a", "b"); }
function callCacheSet(): unknown { return cacheSet("a", "b", "c"); }
function callCacheIncr(): unknown { return cacheIncr("a", "b"); }
function callCacheDelete(): unknown { return cacheDelete("a", "b"); }
function callCacheStats(): unknown { return cacheStats(); }
function callSchemaCompile(): unknown { return schemaCompile("x", "{}"); }
function callSchemaDrop(): unknown { return schemaDrop("x"); }
function one(): number { return 1; }
function callParallel(): unknown { return parallel([one]); }
function callRace(): unknown { return race([one]); }
const forbidden: Record<string, () => unknown> = {
  env: callEnv, cacheGet: callCacheGet, cacheSet: callCacheSet, cacheIncr: callCacheIncr,
  cacheDelete: callCacheDelete, cacheStats: callCacheStats, schemaCompile: callSchemaCompile,
  schemaDrop: callSchemaDrop, parallel: callParallel, race: callRace,
};

function depth(n: number): number {
  return n === 0 ? 0 : 1 + depth(n - 1);
}

export function handler(req: Request): Response {
  const p = req.path;
  if (p === "/pure") {
    const [a, b] = parallel([() => sha256("x").slice(0, 4), () => validateJson("n", "1").ok]);
    return Response.json({ a, b });
  }
  const bad = forbidden[p.slice(1)];
  if (bad !== undefined) {
    parallel([bad]);
  }
  if (p === "/write") {
    const outside = { n: 1, list: [1] };
    const inner = { n: 0 };
    const r = parallel([() => { inner.n = 5; return outside.n; }]);
    return Response.json({ r });
  }
  if (p === "/write-array") {
    const list = [1];
    parallel([() => { list.push(2); return 0; }]);
  }
  if (p === "/after") {
    const outside = { n: 1 };
    parallel([() => outside.n]);
    outside.n = 2;
    return Response.json(outside);
  }
  if (p === "/created") {
    const made = parallel([() => { const o = { n: 1 }; o.n = 2; return o; }]);
    return Response.json(made);
  }
  if (p === "/deep") {
    const n = Number(req.query.n);
    const [inThunk] = parallel([() => depth(n)]);
    return Response.json(inThunk);
  }
  if (p === "/direct") {
    return Response.json(depth(Number(req.query.n)));
  }
  return Response.text("ok");
}
"""


@pytest.fixture
def thunk_program():
    return load_js(THUNK_PROGRAM)


def test_pure_work_is_allowed_in_thunks(thunk_program) -> None:
    assert call(thunk_program, "GET", "/pure").body == b'{"a":"2d71","b":true}'


@pytest.mark.parametrize("fn", ["env", "cacheGet", "cacheSet", "cacheIncr", "cacheDelete", "cacheStats",
                                "schemaCompile", "schemaDrop", "parallel", "race"])
def test_forbidden_calls_inside_thunks(thunk_program, fn: str) -> None:
    out = call(thunk_program, "GET", f"/{fn}")
    assert out.status == 500
    assert out.error.endswith(f"TypeError: {fn}() cannot be called inside a parallel() thunk")


def test_outside_objects_are_read_only_while_thunks_run(thunk_program) -> None:
    out = call(thunk_program, "GET", "/write")
    assert out.status == 500 and "TypeError: Cannot modify" in out.error
    out = call(thunk_program, "GET", "/write-array")
    assert out.status == 500 and "TypeError: Cannot modify" in out.error
    assert call(thunk_program, "GET", "/after").body == b'{"n":2}'  # writable again afterwards
    assert call(thunk_program, "GET", "/created").body == b'[{"n":2}]'  # a thunk's own objects are writable


def test_call_depth_limit_counts_the_same_inside_thunks(thunk_program) -> None:
    limit = next(n for n in range(990, 1001) if call(thunk_program, "GET", f"/direct?n={n}").status == 500)
    assert call(thunk_program, "GET", f"/deep?n={limit - 3}").status == 200
    out = call(thunk_program, "GET", f"/deep?n={limit + 3}")
    assert out.status == 500 and out.error.endswith("RangeError: Maximum call stack size exceeded")


def test_handler_timeout_abandons_running_thunks() -> None:
    finished = threading.Event()

    def slow(*_: object) -> None:
        time.sleep(0.3)
        finished.set()

    def handler(request: object) -> object:
        return parallel(JSArray([slow]))

    started = time.perf_counter()
    out = respond.handle(handler, Request("GET", "/"), timeout_ms=100)
    assert out.status == 504 and time.perf_counter() - started < 0.25
    assert not finished.wait(0.5)  # the abandoned thread was stopped when its sleep ended


def test_request_end_abandons_race_losers() -> None:
    seen: list[context.ThunkContext] = []

    def loser(*_: object) -> str:
        seen.append(context.current_thunk())
        time.sleep(0.3)
        return "late"

    assert race(JSArray([loser, lambda: "first"])) == "first"
    assert context._BACKGROUND
    context.end_request()
    assert not context._BACKGROUND
    time.sleep(0.05)
    assert seen and seen[0].abandoned
