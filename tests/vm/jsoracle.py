"""Differential testing against Node 20: evaluate a table of JS expressions in one ``node`` process and the
same operations in the Python runtime, then compare canonical renderings.

A case is an ``Expr``: its ``js`` source and a ``py()`` thunk. Values are rendered by ``rep`` (identical
definitions in JS and Python): numbers by Number::toString with ``-0`` kept, strings JSON-quoted, arrays and
objects recursively, errors as ``E:<name>: <message>``.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from zigttp.vm.builtins import ARRAY_METHODS, BOOLEAN_METHODS, GLOBALS, NUMBER_METHODS, STRING_METHODS
from zigttp.vm.conversions import number_to_string, own_keys
from zigttp.vm.jsjson import quote
from zigttp.vm.utf16 import to_js
from zigttp.vm.values import HostObject, JSArray, JSError, JSObject

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")

JS_REP = r"""
function rep(v) {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined || v === null) return 'undefined';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'function') return 'function';
  if (Array.isArray(v)) return '[' + v.map(rep).join(',') + ']';
  if (ArrayBuffer.isView(v)) return v.constructor.name + '[' + Array.from(v).map(rep).join(',') + ']';
  return '{' + Object.keys(v).map(k => JSON.stringify(k) + ':' + rep(v[k])).join(',') + '}';
}
function run(f) { try { return rep(f()); } catch (e) { return 'E:' + e.name + ': ' + e.message; } }
"""


def rep(v: Any) -> str:
    """The Python twin of the JS ``rep``."""
    t = type(v)
    if t is float or t is int:
        if v == 0 and math.copysign(1.0, v) < 0:
            return "-0"
        return number_to_string(float(v))
    if t is str:
        return quote(v)
    if v is None:
        return "undefined"
    if t is bool:
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ",".join(rep(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ",".join(quote(k) + ":" + rep(v[k]) for k in own_keys(v)) + "}"
    from zigttp.vm.typedarrays import TypedArray

    if isinstance(v, TypedArray):
        return v.kind.name + "[" + ",".join(rep(x) for x in v.values()) + "]"
    if callable(v):
        return "function"
    if isinstance(v, HostObject):
        return "{" + ",".join(quote(k) + ":" + rep(v.js_get(k)) for k in v.js_keys()) + "}"
    raise TypeError(f"cannot render {v!r}")


def run_py(thunk: Callable[[], Any]) -> str:
    try:
        return rep(thunk())
    except JSError as e:
        return f"E:{e.name}: {e.message}"


@dataclass
class Fn:
    """A function value usable on both sides: JS source and the Python callable."""

    js: str
    py: Callable[..., Any]


@dataclass
class Raw:
    """A value built by JS source on the Node side and by a Python thunk here."""

    js: str
    py: Callable[[], Any]


def lit(v: Any) -> str:
    """A JS literal for a Python-side value."""
    if isinstance(v, (Fn, Raw)):
        return v.js
    t = type(v)
    if t is float or t is int:
        if v != v:
            return "NaN"
        if v in (math.inf, -math.inf):
            return "Infinity" if v > 0 else "-Infinity"
        if v == 0 and math.copysign(1.0, v) < 0:
            return "-0"
        return repr(float(v))
    if t is str:
        return json.dumps(v, ensure_ascii=True)
    if v is None:
        return "undefined"
    if t is bool:
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(lit(x) for x in v) + "]"
    if isinstance(v, dict):
        return "({" + ", ".join(f"{json.dumps(k)}: {lit(x)}" for k, x in v.items()) + "})"
    raise TypeError(f"no literal for {v!r}")


def py_value(v: Any) -> Any:
    """The Python runtime value for a case argument (functions unwrapped, containers converted)."""
    if isinstance(v, Fn):
        return v.py
    if isinstance(v, Raw):
        return v.py()
    if type(v) is int:
        return float(v)
    if type(v) is str:
        return to_js(v)
    if isinstance(v, list):
        return JSArray(py_value(x) for x in v)
    if isinstance(v, dict):
        return JSObject((to_js(k), py_value(x)) for k, x in v.items())
    return v


def global_value(path: str) -> Any:
    """``Math.round`` -> the runtime's value for that global path."""
    head, *rest = path.split(".")
    value = GLOBALS[head]
    for part in rest:
        value = value.js_get(part)
    return value


@dataclass
class Expr:
    js: str
    py: Callable[[], Any]


def call(path: str, *args: Any) -> Expr:
    """``path(...args)`` for a global function path such as ``Math.max``."""
    js = f"{path}({', '.join(lit(a) for a in args)})"
    return Expr(js, lambda: global_value(path)(*[py_value(a) for a in args]))


def _method_table(receiver: Any) -> dict[str, Callable[..., Any]] | None:
    if type(receiver) is str:
        return STRING_METHODS
    if isinstance(receiver, list):
        return ARRAY_METHODS
    if type(receiver) is bool:
        return BOOLEAN_METHODS
    if type(receiver) is float:
        return NUMBER_METHODS
    return None


def method(receiver: Any, name: str, *args: Any) -> Expr:
    """``receiver.name(...args)``."""
    js = f"({lit(receiver)}).{name}({', '.join(lit(a) for a in args)})"

    def py() -> Any:
        this = py_value(receiver)
        table = _method_table(this)
        fn = table[name] if table is not None else this.js_get(name)
        if table is not None:
            return fn(this, *[py_value(a) for a in args])
        return fn(*[py_value(a) for a in args])

    return Expr(js, py)


def node_eval(js_exprs: Sequence[str], prelude: str = "") -> list[str]:
    """Evaluate JS expressions in one node process; returns their ``rep`` strings (UTF-16 form)."""
    body = ",\n".join(f"run(() => ({e}))" for e in js_exprs)
    script = JS_REP + prelude + f"\nprocess.stdout.write(JSON.stringify([{body}]));\n"
    return node_json(script)


def node_json(script: str) -> Any:
    """Run a node script that writes one JSON document; strings come back in UTF-16 form."""
    assert NODE is not None
    out = subprocess.run([NODE, "-"], input=script.encode("utf-8"), capture_output=True, check=True, timeout=60)
    return _to_utf16(json.loads(out.stdout.decode("utf-8")))


def _to_utf16(v: Any) -> Any:
    if isinstance(v, str):
        return to_js(v)
    if isinstance(v, list):
        return [_to_utf16(x) for x in v]
    if isinstance(v, dict):
        return {to_js(k): _to_utf16(x) for k, x in v.items()}
    return v


def assert_same_as_node(cases: Sequence[Expr], prelude: str = "") -> None:
    """Evaluate every case on both sides and fail with the list of differences."""
    expected = node_eval([c.js for c in cases], prelude)
    diffs = []
    for case, want in zip(cases, expected, strict=True):
        got = run_py(case.py)
        if got != want:
            diffs.append(f"{case.js}\n    node:   {want}\n    python: {got}")
    assert not diffs, f"{len(diffs)} of {len(cases)} cases differ from node:\n" + "\n".join(diffs)
