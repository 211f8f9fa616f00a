"""A readable, indented rendering of a stored syntax tree (for `zigttp show <hash> parse`)."""

from __future__ import annotations

import json
from typing import Any


def format_tree(data: Any, indent: int = 0) -> str:
    """Render the ``to_data`` form of a tree: one node per line with its span, fields nested below."""
    lines: list[str] = []
    _emit(data, indent, lines, "")
    return "\n".join(lines)


def _scalar(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _emit(value: Any, indent: int, lines: list[str], label: str) -> None:
    pad = "  " * indent
    prefix = f"{label}: " if label else ""
    if isinstance(value, dict) and "$" in value:
        span = value.get("span") or [0, 0, 0, 0]
        scalars = []
        nested = []
        for key, item in value.items():
            if key in ("$", "span"):
                continue
            if isinstance(item, (dict, list)) and item:
                nested.append((key, item))
            elif item not in (None, [], "", False) or key in ("value",):
                scalars.append(f"{key}={_scalar(item)}")
        head = f"{pad}{prefix}{value['$']} {span[0]}:{span[1]}-{span[2]}:{span[3]}"
        if scalars:
            head += " " + " ".join(scalars)
        lines.append(head)
        for key, item in nested:
            _emit(item, indent + 1, lines, key)
    elif isinstance(value, list):
        lines.append(f"{pad}{prefix}[{len(value)}]")
        for item in value:
            _emit(item, indent + 1, lines, "")
    elif isinstance(value, dict):
        lines.append(f"{pad}{prefix}{_scalar(value)}")
    else:
        lines.append(f"{pad}{prefix}{_scalar(value)}")
