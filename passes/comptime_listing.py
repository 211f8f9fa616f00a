"""The fold listing of ``zigttp show <hash> comptime`` (SPEC §7.5).

The comptime output keeps each fold's span and value text; the call's source text is cut from the module's
stored source here, so the listing shows exactly what was written (whitespace runs collapsed).
"""

from __future__ import annotations

import re
from typing import Any

from ..vm.utf16 import to_py
from .diagnostics import split_lines

MAX_EXPRESSION = 100
_WHITESPACE = re.compile(r"\s+")


def span_text(source: str, span: tuple[int, int, int, int] | list[int]) -> str:
    """The source text covered by ``span`` (1-based lines, code-point columns, exclusive end)."""
    line, col, end_line, end_col = span
    lines = split_lines(source)
    if not 1 <= line <= len(lines):
        return ""
    if end_line == line:
        return lines[line - 1][col - 1:end_col - 1]
    parts = [lines[line - 1][col - 1:]]
    parts.extend(lines[line:end_line - 1])
    if end_line <= len(lines):
        parts.append(lines[end_line - 1][:end_col - 1])
    return "\n".join(parts)


def expression_text(source: str, span: tuple[int, int, int, int] | list[int]) -> str:
    """The call's source text with whitespace runs collapsed, cut at 100 characters with ``...``."""
    text = _WHITESPACE.sub(" ", span_text(source, span))
    if len(text) > MAX_EXPRESSION:
        text = text[:MAX_EXPRESSION] + "..."
    return text


def entries(path: str, source: str, folds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The listing records of one module from its stored folds (``module.folds`` in the comptime output)."""
    out = []
    for fold in sorted(folds, key=lambda f: (f["span"][0], f["span"][1])):
        span = fold["span"]
        out.append({
            "file": path,
            "line": span[0],
            "col": span[1],
            "expression": expression_text(source, span),
            "value": to_py(fold["value"]),
        })
    return out


def format_listing(records: list[dict[str, Any]]) -> str:
    """Two lines per fold: ``<file>:<line>:<col>  <expression>`` and ``  => <value>``."""
    lines = []
    for r in records:
        lines.append(f"{r['file']}:{r['line']}:{r['col']}  {r['expression']}")
        lines.append(f"  => {r['value']}")
    return "".join(line + "\n" for line in lines)
