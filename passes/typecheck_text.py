"""Source text of expressions for messages (``'<expr>' is possibly undefined``, boolcheck's ``<e>``).

The syntax tree keeps the exact source of every function (``Function.source``), so the text of an
expression inside a function is sliced from its innermost enclosing function by span. Expressions at the
module's top level are printed back from the tree (``unparse``), which gives the same text for the usual
forms (names, member chains, calls, literals) up to quote style and spacing.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from typing import Any

from . import jsast as A
from .diagnostics import split_lines
from .types import number_to_string


class SourceText:
    """Text of expressions of one module."""

    def __init__(self, module: A.Module) -> None:
        self.module = module
        self._fns: list[A.Function] | None = None
        self._starts: list[tuple[int, int]] = []
        self._lines: dict[int, list[str]] = {}

    def _functions(self) -> list[A.Function]:
        if self._fns is None:  # built on first use: most modules need no message text at all
            from .typecheck_checker import walk

            fns = [f for f in walk(self.module.body) if isinstance(f, A.Function) and f.source]
            fns.sort(key=lambda f: (f.span[0], f.span[1]))
            self._fns = fns
            self._starts = [(f.span[0], f.span[1]) for f in fns]
        return self._fns

    def _enclosing(self, span: A.Span) -> A.Function | None:
        fns = self._functions()
        i = bisect_right(self._starts, (span[0], span[1]))
        best = None
        for f in reversed(fns[:i]):
            if (f.span[2], f.span[3]) >= (span[2], span[3]):
                best = f
                break
        return best

    def of(self, node: Any) -> str:
        """The source text of ``node`` (an expression or pattern)."""
        span = node.span
        fn = self._enclosing(span)
        if fn is not None:
            text = self._slice(fn, span)
            if text is not None:
                return text
        return unparse(node)

    def _slice(self, fn: A.Function, span: A.Span) -> str | None:
        lines = self._lines.get(id(fn))
        if lines is None:
            src = fn.source
            if not src.isascii():
                src = src.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
            lines = self._lines[id(fn)] = split_lines(src)
        l0, c0 = fn.span[0], fn.span[1]

        def offset(line: int, col: int) -> tuple[int, int] | None:
            rel = line - l0
            if rel < 0 or rel >= len(lines):
                return None
            return rel, (col - c0 if rel == 0 else col - 1)

        start = offset(span[0], span[1])
        end = offset(span[2], span[3])
        if start is None or end is None:
            return None
        if start[0] == end[0]:
            return lines[start[0]][start[1]:end[1]]
        parts = [lines[start[0]][start[1]:]] + lines[start[0] + 1:end[0]] + [lines[end[0]][:end[1]]]
        return "\n".join(parts)


def short(text: str, limit: int = 30) -> str:
    """boolcheck's ``<e>``: the text, or ``value`` when it is longer than ``limit`` characters."""
    return text if len(text) <= limit else "value"


# ---------------------------------------------------------------------------------------------------------
# Printing expressions back (top-level code)
# ---------------------------------------------------------------------------------------------------------

_PREC = {"??": 1, "||": 2, "&&": 3, "|": 4, "^": 5, "&": 6, "===": 7, "!==": 7, "<": 8, "<=": 8, ">": 8,
         ">=": 8, "in": 8, "<<": 9, ">>": 9, ">>>": 9, "+": 10, "-": 10, "*": 11, "/": 11, "%": 11, "**": 12}


def unparse(node: Any, prec: int = 0) -> str:
    """JavaScript text for an expression tree (canonical spacing, double quotes)."""
    if isinstance(node, A.Identifier):
        return node.name
    if isinstance(node, A.NumberLit):
        return node.raw or number_to_string(node.value)
    if isinstance(node, A.StringLit):
        return json.dumps(node.value, ensure_ascii=False)
    if isinstance(node, A.BoolLit):
        return "true" if node.value else "false"
    if isinstance(node, A.TemplateLit):
        out = "`"
        for i, q in enumerate(node.quasis):
            out += q.replace("`", "\\`")
            if i < len(node.exprs):
                out += "${" + unparse(node.exprs[i]) + "}"
        return out + "`"
    if isinstance(node, A.Chain):
        return unparse(node.expression, prec)
    if isinstance(node, A.Member):
        obj = unparse(node.object, 20)
        if node.computed:
            return f"{obj}{'?.' if node.optional else ''}[{unparse(node.prop)}]"
        return f"{obj}{'?.' if node.optional else '.'}{node.prop}"
    if isinstance(node, A.Call):
        args = ", ".join(unparse(a) for a in node.args)
        return f"{unparse(node.callee, 20)}{'?.' if node.optional else ''}({args})"
    if isinstance(node, A.Spread):
        return "..." + unparse(node.argument)
    if isinstance(node, A.Unary):
        sep = " " if node.op == "typeof" else ""
        return _paren(f"{node.op}{sep}{unparse(node.operand, 15)}", 14, prec)
    if isinstance(node, (A.Binary, A.Logical)):
        p = _PREC.get(node.op, 7)
        return _paren(f"{unparse(node.left, p)} {node.op} {unparse(node.right, p + 1)}", p, prec)
    if isinstance(node, A.Conditional):
        text = f"{unparse(node.test, 1)} ? {unparse(node.consequent)} : {unparse(node.alternate)}"
        return _paren(text, 0, prec)
    if isinstance(node, A.Assign):
        return _paren(f"{unparse(node.target)} {node.op} {unparse(node.value)}", 0, prec)
    if isinstance(node, A.ArrayLit):
        return "[" + ", ".join("" if isinstance(e, A.Hole) else unparse(e) for e in node.elements) + "]"
    if isinstance(node, A.ObjectLit):
        if not node.properties:
            return "{}"
        parts = []
        for p in node.properties:
            if isinstance(p, A.Spread):
                parts.append(unparse(p))
            elif p.shorthand:
                parts.append(unparse(p.value))
            else:
                key = f"[{unparse(p.key)}]" if p.computed else (p.key if isinstance(p.key, str) and
                                                                p.key.isidentifier() else json.dumps(p.key))
                parts.append(f"{key}: {unparse(p.value)}")
        return "{ " + ", ".join(parts) + " }"
    if isinstance(node, A.Function):
        return node.source or "() => {}"
    if isinstance(node, A.Pipe):
        return _paren(f"{unparse(node.value, 1)} |> {unparse(node.func, 1)}", 0, prec)
    if isinstance(node, (A.ArrayPattern, A.ObjectPattern)):
        return "value"
    return "value"


def _paren(text: str, own: int, outer: int) -> str:
    return f"({text})" if own < outer else text
