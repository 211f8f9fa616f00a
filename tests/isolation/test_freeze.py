"""Module-state freeze (SPEC §3.15), in-process: every kind of value created while modules load is read-only
once requests are served; values created by a request stay mutable; a failed write changes nothing."""

from __future__ import annotations

import json
import re

import pytest
from zigttp.vm import respond
from zigttp.vm.http_values import Request
from zigttp.vm.image import load_program, read_image
from zigttp.vm.loader import freeze_value
from zigttp.vm.values import FrozenArray, FrozenObject, JSArray, JSObject

from tests.jsx.jsxrun import Runner

FROZEN = "TypeError: Cannot modify module-level state during a request"

# One handler; the request path selects the write it attempts. The write is always on line N+1 of its
# `if`, so the error location can be checked.
MUTATIONS = {
    "/obj": "obj.a = 2;",
    "/obj-key": 'obj["a"] = 2;',
    "/obj-new": "obj.fresh = 1;",
    "/nested": "obj.nested.b.push(3);",
    "/nested-index": "obj.nested.b[0] = 9;",
    "/arr-push": "arr.push(4);",
    "/arr-push2": "arr.push(4, 5);",
    "/arr-sort": "arr.sort();",
    "/arr-sort-fn": "arr.sort((a, b) => a - b);",
    "/arr-length": "arr.length = 0;",
    "/arr-index": "arr[0] = 0;",
    "/arr-pop": "arr.pop();",
    "/arr-reverse": "arr.reverse();",
    "/arr-splice": "arr.splice(0, 1);",
    "/arr-fill": "arr.fill(0);",
    "/arr-shift": "arr.shift();",
    "/arr-unshift": "arr.unshift(1);",
    "/arr-copyWithin": "arr.copyWithin(0, 1);",
    "/ta-fill": "ta.fill(0);",
    "/ta-set": "ta.set([9]);",
    "/ta-index": "ta[0] = 9;",
    "/ta-subarray": "ta.subarray(1)[0] = 7;",
    "/headers-set": 'h.set("x-a", "2");',
    "/headers-append": 'h.append("x-b", "2");',
    "/headers-delete": 'h.delete("x-a");',
    "/request-prop": "req.extra = 1;",
    "/request-body": "req.text();",
    "/response-headers": 'res.headers.set("x-r", "2");',
    "/response-prop": "res.extra = 1;",
    "/response-body": "res.json();",
    "/element": "el.x = 1;",
    "/element-props": "renderToString(<Show />);",
    "/element-prop-value": "renderToString(cfg);",
    "/closure": "fn().a = 5;",
    "/function-prop": "fn.x = 1;",
    "/comptime": "ct.k.push(3);",
    "/comptime-obj": "ct.fresh = 1;",
    "/imported": "shared.list.push(1);",
    "/in-callback": "[1].forEach((x) => { arr[0] = x; });",
}

LIB = 'export const shared = { list: [1] };\n'

HANDLER_HEAD = """import { shared } from "./lib.js";
const obj = { a: 1, nested: { b: [1, 2] } };
const arr = [3, 1, 2];
const ta = Uint8Array.of(3, 1, 2);
const h = Headers({ "x-a": "1" });
const req = Request("http://h/x", { method: "POST", body: "{}" });
const res = Response("{}", { headers: { "x-r": "1" } });
const el = <div id="a">x</div>;
const opts = { list: [1] };
function Show(p) { p.added = 1; opts.list.push(2); return <i />; }
function Cfg(p) { p.seen = true; p.data.n = 2; return <i />; }
const cfg = <Cfg data={{ n: 1 }} />;
const fn = () => obj;
const ct = comptime({ k: [1, 2] });
arr.push(0);
arr.pop();
obj.loaded = true;
export function handler(q) {
  const what = q.path;
"""

HANDLER_TAIL = """  const local = { x: 1 };
  local.x = 2;
  local.y = [1];
  local.y.push(2);
  const copy = [...arr];
  copy.sort();
  const sorted = arr.toSorted();
  const spread = { ...obj, a: 9 };
  spread.nested = undefined;
  const t2 = ta.slice();
  t2[0] = 0;
  const h2 = Headers(h);
  h2.set("x-a", "local");
  const r2 = Response("x");
  r2.headers.set("x-r", "local");
  r2.note = "ok";
  q.params = { id: "1" };
  const props = { list: [1] };
  props.list.push(2);
  return Response.json({
    obj, arr, ta: Array.from(ta), h: h.get("x-a"), res: res.headers.get("x-r"), ct, shared,
    local, copy, sorted, spread, t2: Array.from(t2), h2: h2.get("x-a"), r2: [r2.headers.get("x-r"), r2.note],
    params: q.params, props, opts,
  });
}
"""


def _handler_source() -> tuple[str, dict[str, int]]:
    lines = [HANDLER_HEAD]
    where: dict[str, int] = {}
    line = HANDLER_HEAD.count("\n") + 1
    for path, stmt in MUTATIONS.items():
        lines.append(f'  if (what === "{path}") {{\n    {stmt}\n  }}\n')
        where[path] = line + 1
        line += 3
    lines.append(HANDLER_TAIL)
    return "".join(lines), where


SOURCE, LINES = _handler_source()
UNCHANGED = {
    "obj": {"a": 1, "nested": {"b": [1, 2]}, "loaded": True}, "arr": [3, 1, 2], "ta": [3, 1, 2], "h": "1",
    "res": "1", "ct": {"k": [1, 2]}, "shared": {"list": [1]},
    "local": {"x": 2, "y": [1, 2]}, "copy": [1, 2, 3], "sorted": [1, 2, 3],
    "spread": {"a": 9, "loaded": True}, "t2": [0, 1, 2], "h2": "local", "r2": ["local", "ok"],
    "params": {"id": "1"}, "props": {"list": [1, 2]}, "opts": {"list": [1]},
}


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory):
    runner = Runner(tmp_path_factory.mktemp("isolation"))
    entry = runner.root / "app" / "page.jsx"
    entry.parent.mkdir()
    (entry.parent / "lib.js").write_text(LIB, encoding="utf-8")
    entry.write_text(SOURCE, encoding="utf-8")
    import io

    from zigttp.pipeline.build import BuildOptions, build
    from zigttp.pipeline.report import Reporter

    stream = io.StringIO()
    result = build(BuildOptions(entry=entry, store=runner.store), Reporter(progress=False, stream=stream))
    assert result.ok, stream.getvalue()
    return load_program(runner.store, read_image(runner.store, result.artifact or "", verify=False))


def _get(program, path: str) -> respond.Outcome:
    return respond.handle(program.handler, Request.from_wire("GET", path, [], None))


def test_request_values_are_mutable_and_module_state_is_intact(program) -> None:
    outcome = _get(program, "/")
    assert outcome.status == 200, outcome.error
    assert json.loads(outcome.body) == UNCHANGED


@pytest.mark.parametrize("path", list(MUTATIONS))
def test_every_write_to_module_state_raises(program, path: str) -> None:
    outcome = _get(program, path)
    assert outcome.status == 500
    m = re.fullmatch(r"page\.jsx:(\d+):(\d+) (.*)", outcome.error or "")
    assert m is not None, outcome.error
    assert m.group(3) == FROZEN
    expected_line = LINES[path]
    inside = {"/element-props": "opts.list.push(2)", "/element-prop-value": "p.data.n = 2"}.get(path)
    if inside is not None:  # the write happens inside the component
        expected_line = SOURCE.count("\n", 0, SOURCE.index(inside)) + 1
    assert int(m.group(1)) == expected_line
    # nothing changed: the next request sees the state as loaded
    assert json.loads(_get(program, "/").body) == UNCHANGED


def test_freeze_value_covers_every_kind() -> None:
    from zigttp.vm.http_values import Headers
    from zigttp.vm.jsx import create_element
    from zigttp.vm.loader import is_frozen_function
    from zigttp.vm.typedarrays import FACTORIES

    inner = JSObject(k=1.0)
    ta = FACTORIES["Uint8Array"](3.0)
    headers = Headers()
    element = create_element("p", JSObject(title=inner), JSArray([JSArray([1.0])]), False)

    def fn(*args):
        return captured

    captured = JSObject(x=JSArray())
    root = JSObject(a=JSArray([inner, ta, headers, element]), f=fn)
    freeze_value(root, set())
    assert type(root) is FrozenObject and type(root["a"]) is FrozenArray and type(inner) is FrozenObject
    assert ta.storage.frozen and headers._frozen and element._frozen
    assert type(element.children) is FrozenArray and type(element.children[0]) is FrozenArray
    assert is_frozen_function(fn) and type(captured) is FrozenObject and type(captured["x"]) is FrozenArray


def test_values_made_inside_functions_are_request_state(tmp_path) -> None:
    """comptime values and literals inside a function are new on every call, hence mutable."""
    runner = Runner(tmp_path)
    artifact, _ = runner.build("""
function f(): number[] {
  const x = comptime([1, 2]);
  x.push(3);
  const o = comptime({ a: { b: 1 } });
  o.a.b = o.a.b + 1;
  const lit = [1, 2];
  lit.push(4);
  return [...x, ...lit, o.a.b];
}
export function handler(_req: Request): Response {
  return Response.json({ a: f(), b: f() });
}
""", ".ts", script=False)
    program = load_program(runner.store, read_image(runner.store, artifact, verify=False))
    for _ in range(2):
        outcome = _get(program, "/")
        assert outcome.status == 200, outcome.error
        assert json.loads(outcome.body) == {"a": [1, 2, 3, 1, 2, 4, 2], "b": [1, 2, 3, 1, 2, 4, 2]}
