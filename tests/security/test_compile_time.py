"""Escape routes the compiler closes before anything runs: imports of host modules and files, code
evaluation, reflection and host globals (SPEC §3.1, §4.1, §4.2, §3.2), each with its diagnostic."""

from __future__ import annotations

from tests.conftest import write

HOSTILE = """\
import { readFileSync } from "node:fs";
import { system } from "os";
import { secret } from "/etc/passwd";
const f1 = Function("return process")();
const f2 = eval("1 + 1");
const f3 = new Function("return this");
function f4() {
  return arguments;
}
const f5 = () => this;
const f6 = import("child_process");
const f7 = require("fs");
const f8 = process.env.HOME;
const f9 = Reflect.get(globalThis, "Math");
const f10 = Proxy;
const f11 = __import__("os");
const f12 = Buffer.from("x");
const f13 = Symbol("s");
const f15 = WebAssembly;
Math = {};
export function handler(req) {
  return Response.text("x");
}
"""

EXPECTED = [
    "error[ZT0310]: 'node:fs' cannot be imported",
    "error[ZT0310]: 'os' cannot be imported",
    "error[ZT0310]: '/etc/passwd' cannot be imported",
    "error[ZT0201]: 'Function' is not available",
    "error[ZT0200]: 'eval' is not supported",
    "error[ZT0200]: 'new' is not supported",
    "error[ZT0201]: 'Function' is not available",
    "error[ZT0200]: 'arguments' is not supported",
    "error[ZT0200]: 'this' is not supported",
    "error[ZT0200]: 'import()' is not supported",
    "error[ZT0201]: 'require' is not available",
    "error[ZT0201]: 'process' is not available",
    "error[ZT0201]: 'Reflect' is not available",
    "error[ZT0201]: 'Proxy' is not available",
    "error[ZT0301]: cannot find name '__import__'",
    "error[ZT0201]: 'Buffer' is not available",
    "error[ZT0200]: 'Symbol' is not supported",
    "error[ZT0301]: cannot find name 'WebAssembly'",
    "error[ZT0304]: cannot assign to built-in 'Math'",
]

NAMESPACE_READS = """\
const a = Math.__class__;
const b = JSON["__globals__"];
const c = console.__dict__;
export function handler(req) {
  return Response.text(String([a, b, c]));
}
"""


def _headers(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith(("error", "warning"))]


def test_escape_routes_are_compile_errors(zigttp) -> None:
    write(zigttp.cwd / "hostile.js", HOSTILE)
    r = zigttp("build", "hostile.js")
    assert r.code == 1
    assert _headers(r.err) == EXPECTED
    assert r.out == ""


def test_python_names_on_namespaces_are_type_errors(zigttp) -> None:
    write(zigttp.cwd / "reads.js", NAMESPACE_READS)
    r = zigttp("build", "reads.js")
    assert r.code == 1
    assert _headers(r.err) == [
        "error[ZT0404]: property '__class__' does not exist on type 'Math'",
        "error[ZT0404]: property '__globals__' does not exist on type 'JSON'",
        "error[ZT0404]: property '__dict__' does not exist on type 'Console'",
    ]
