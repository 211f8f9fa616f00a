"""Source text of expressions for run-time messages (``<callee> is not a function``, ``<expr> is not
iterable``, ``Cannot destructure '<expr>' ...``), rendered from the tree the way V8 names them: calls as
``f(...)``, ``o["x"]`` as ``o.x``."""

from __future__ import annotations

import json
import re
from typing import Any

from .. import jsast as js

_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*\Z")

_PRECEDENCE = {
    "??": 1, "||": 2, "&&": 3, "|": 4, "^": 5, "&": 6, "===": 7, "!==": 7,
    "<": 8, "<=": 8, ">": 8, ">=": 8, "in": 8, "<<": 9, ">>": 9, ">>>": 9,
    "+": 10, "-": 10, "*": 11, "/": 11, "%": 11, "**": 12,
}


def _number(value: float, raw: str) -> str:
    if raw:
        return raw
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    return repr(value)


def source(e: Any) -> str:
    """A readable rendering of expression ``e``."""
    if isinstance(e, js.Identifier):
        return e.name
    if isinstance(e, js.NumberLit):
        return _number(e.value, e.raw)
    if isinstance(e, js.StringLit):
        return json.dumps(e.value, ensure_ascii=False)
    if isinstance(e, js.BoolLit):
        return "true" if e.value else "false"
    if isinstance(e, js.TemplateLit):
        parts = [e.quasis[0]]
        for expr, quasi in zip(e.exprs, e.quasis[1:], strict=False):
            parts.append("${" + source(expr) + "}" + quasi)
        return "`" + "".join(parts) + "`"
    if isinstance(e, js.Chain):
        return source(e.expression)
    if isinstance(e, js.Member):
        obj = _operand(e.object)
        if not e.computed:
            return f"{obj}{'?.' if e.optional else '.'}{e.prop}"
        if isinstance(e.prop, js.StringLit) and _IDENT.match(e.prop.value):
            return f"{obj}{'?.' if e.optional else '.'}{e.prop.value}"
        return f"{obj}{'?.' if e.optional else ''}[{source(e.prop)}]"
    if isinstance(e, js.Call):
        return f"{_operand(e.callee)}{'?.' if e.optional else ''}(...)"
    if isinstance(e, js.Unary):
        sep = " " if e.op == "typeof" else ""
        return f"{e.op}{sep}{_operand(e.operand)}"
    if isinstance(e, (js.Binary, js.Logical)):
        return f"{_wrap(e.left, e.op)} {e.op} {_wrap(e.right, e.op)}"
    if isinstance(e, js.Conditional):
        return f"{source(e.test)} ? {source(e.consequent)} : {source(e.alternate)}"
    if isinstance(e, js.Pipe):
        return f"{source(e.value)} |> {source(e.func)}"
    if isinstance(e, js.Assign):
        return f"{_target(e.target)} {e.op} {source(e.value)}"
    if isinstance(e, js.ArrayLit):
        return "[" + ", ".join("" if isinstance(x, js.Hole) else source(x) for x in e.elements) + "]"
    if isinstance(e, js.Spread):
        return "..." + source(e.argument)
    if isinstance(e, js.ObjectLit):
        return "{...}" if e.properties else "{}"
    if isinstance(e, js.Function):
        return e.source or "(anonymous function)"
    return "(intermediate value)"


def _target(t: Any) -> str:
    if isinstance(t, (js.ArrayPattern, js.ObjectPattern)):
        return "[...]" if isinstance(t, js.ArrayPattern) else "{...}"
    return source(t)


def _operand(e: Any) -> str:
    text = source(e)
    if isinstance(e, (js.Binary, js.Logical, js.Conditional, js.Assign, js.Pipe, js.Function, js.Unary)):
        return f"({text})"
    return text


def _wrap(e: Any, op: str) -> str:
    text = source(e)
    if isinstance(e, (js.Binary, js.Logical)) and _PRECEDENCE.get(e.op, 0) < _PRECEDENCE.get(op, 0):
        return f"({text})"
    if isinstance(e, (js.Conditional, js.Assign, js.Pipe, js.Function)):
        return f"({text})"
    return text
