"""Small builders for Python ``ast`` nodes and the JS-position stamping of generated code."""

from __future__ import annotations

import ast
from typing import Any

from ..jsast import Span

_POS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def load(name: str) -> ast.Name:
    return ast.Name(id=name, ctx=ast.Load())


def store(name: str) -> ast.Name:
    return ast.Name(id=name, ctx=ast.Store())


def const(value: Any) -> ast.Constant:
    return ast.Constant(value=value)


def helper(name: str) -> ast.Name:
    """A runtime helper of vm/ops.py (``Z_<name>`` in the module namespace)."""
    return load("Z_" + name)


def call(func: ast.expr | str, *args: ast.expr) -> ast.Call:
    """``func(*args)``; a str names a runtime helper."""
    f = helper(func) if isinstance(func, str) else func
    return ast.Call(func=f, args=list(args), keywords=[])


def walrus(name: str, value: ast.expr) -> ast.NamedExpr:
    return ast.NamedExpr(target=store(name), value=value)


def is_none(value: ast.expr, negate: bool = False) -> ast.Compare:
    return ast.Compare(left=value, ops=[ast.IsNot() if negate else ast.Is()], comparators=[const(None)])


def is_const(value: ast.expr, c: Any, negate: bool = False) -> ast.Compare:
    return ast.Compare(left=value, ops=[ast.IsNot() if negate else ast.Is()], comparators=[const(c)])


def compare(left: ast.expr, op: ast.cmpop, right: ast.expr) -> ast.Compare:
    return ast.Compare(left=left, ops=[op], comparators=[right])


def if_exp(test: ast.expr, body: ast.expr, orelse: ast.expr) -> ast.IfExp:
    return ast.IfExp(test=test, body=body, orelse=orelse)


def expr_stmt(value: ast.expr) -> ast.Expr:
    return ast.Expr(value=value)


def assign(name: str, value: ast.expr) -> ast.Assign:
    return ast.Assign(targets=[store(name)], value=value)


def function_def(name: str, params: list[str], body: list[ast.stmt], *, defaults: int = 0,
                 vararg: str | None = None) -> ast.FunctionDef:
    """``def name(p0, p1=None, ..., *vararg): body``; the last ``defaults`` parameters default to None."""
    args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=p) for p in params],
                         vararg=ast.arg(arg=vararg) if vararg else None, kwonlyargs=[], kw_defaults=[], kwarg=None,
                         defaults=[const(None) for _ in range(defaults)])
    fields: dict[str, Any] = {"name": name, "args": args, "body": body or [ast.Pass()], "decorator_list": [],
                              "returns": None, "type_comment": None}
    if "type_params" in ast.FunctionDef._fields:  # Python 3.12+
        fields["type_params"] = []
    return ast.FunctionDef(**fields)


def stamp(node: ast.AST, span: Span) -> Any:
    """Give ``node`` and its descendants without a position the JS span ``span`` (1-based columns
    become 0-based offsets). A missing span (all zeros) leaves the node for its parent to stamp."""
    if not span or span[0] <= 0:
        return node
    line, col, end_line, end_col = span
    values = (line, max(col - 1, 0), max(end_line, line), max(end_col - 1, 0))
    _stamp(node, values)
    return node


def _stamp(node: ast.AST, values: tuple[int, int, int, int]) -> None:
    if "lineno" in node._attributes:
        if getattr(node, "lineno", None) is not None:
            return
        for attr, value in zip(_POS, values, strict=True):
            setattr(node, attr, value)
    for child in ast.iter_child_nodes(node):
        _stamp(child, values)


def to_statement(effect: ast.expr) -> ast.stmt:
    """An expression evaluated for its effect, as a statement (a walrus becomes an assignment)."""
    if isinstance(effect, ast.NamedExpr):
        out = ast.Assign(targets=[store(effect.target.id)], value=effect.value)
        ast.copy_location(out, effect)
        return out
    out = ast.Expr(value=effect)
    ast.copy_location(out, effect)
    return out
