"""Tree walking shared by the verify rules: child nodes, statement lists, and handler positions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from . import jsast as A


def children(node: Any) -> Iterator[Any]:
    """The direct child nodes of ``node`` (in field order)."""
    for name in getattr(node, "__dataclass_fields__", {}):
        if name == "span":
            continue
        value = getattr(node, name)
        if isinstance(value, A.Node):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, A.Node):
                    yield item


def walk(node: Any) -> Iterator[Any]:
    """``node`` and every node below it, in source order."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(list(children(n))))


def walk_function_body(fn: A.Function) -> Iterator[Any]:
    """Every node of a function's parameters and body, not descending into nested functions."""
    stack: list[Any] = list(reversed([*fn.params, fn.body]))
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, A.Function):
            continue
        stack.extend(reversed(list(children(n))))


def statement_lists(node: Any) -> Iterator[list[Any]]:
    """Every list of statements below ``node``: blocks and switch-case bodies (module level included)."""
    for n in walk(node):
        if isinstance(n, A.Block):
            yield n.body
        elif isinstance(n, A.SwitchCase):
            yield n.body
        elif isinstance(n, A.Module):
            yield n.body


def keyword_span(node: A.Node, keyword: str) -> A.Span:
    """The span of the keyword a statement or expression starts with (``switch``, ``match``)."""
    line, col = node.span[0], node.span[1]
    return (line, col, line, col + len(keyword))


_TERMINATORS = "\n\r\u2028\u2029"


def paren_span(fn: A.Function) -> A.Span:
    """Where the handler's parameter list starts (SPEC §13.1, §14.1): its ``(``, or the first parameter of
    an arrow written without parentheses."""
    line, col = fn.span[0], fn.span[1]
    source = fn.source
    if fn.is_arrow:
        if not source.startswith(("(", "<")) and fn.params:
            return fn.params[0].span
    start = 0
    if not fn.is_arrow and fn.name_id is not None:
        target = (fn.name_id.span[2], fn.name_id.span[3])
        while start < len(source) and (line, col) != target:
            line, col, start = _advance(source, start, line, col)
    depth = 0
    while start < len(source):
        ch = source[start]
        if source.startswith("//", start):
            while start < len(source) and source[start] not in _TERMINATORS:
                line, col, start = _advance(source, start, line, col)
            continue
        if source.startswith("/*", start):
            end = source.find("*/", start + 2)
            end = len(source) if end < 0 else end + 2
            while start < end:
                line, col, start = _advance(source, start, line, col)
            continue
        if ch == "<":
            depth += 1
        elif ch == ">" and depth:
            depth -= 1
        elif ch == "(" and not depth:
            return (line, col, line, col + 1)
        line, col, start = _advance(source, start, line, col)
    return (fn.span[0], fn.span[1], fn.span[0], fn.span[1] + 1)


def _advance(source: str, i: int, line: int, col: int) -> tuple[int, int, int]:
    ch = source[i]
    if ch == "\r" and i + 1 < len(source) and source[i + 1] == "\n":
        return line + 1, 1, i + 2
    if ch in _TERMINATORS:
        return line + 1, 1, i + 1
    return line, col + 1, i + 1
