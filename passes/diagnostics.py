"""The one diagnostic model and renderer every pass uses (SPEC §5)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .jsast import Span


@dataclass(slots=True)
class Diagnostic:
    """A problem found by a pass. ``file`` is relative to the entry's directory ("" for none)."""

    code: str
    message: str
    file: str
    span: Span = (0, 0, 0, 0)
    severity: str = "error"
    help: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_data(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "span": list(self.span),
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "help": self.help,
            "notes": list(self.notes),
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Diagnostic:
        return cls(
            code=data["code"],
            message=data["message"],
            file=data["file"],
            span=tuple(data["span"]),  # type: ignore[arg-type]
            severity=data["severity"],
            help=data["help"],
            notes=list(data["notes"]),
        )


def error(code: str, message: str, file: str, span: Span, help: str | None = None,
          notes: Iterable[str] = ()) -> Diagnostic:
    """Shorthand for an error diagnostic."""
    return Diagnostic(code, message, file, span, "error", help, list(notes))


def warning(code: str, message: str, file: str, span: Span, help: str | None = None,
            notes: Iterable[str] = ()) -> Diagnostic:
    """Shorthand for a warning diagnostic."""
    return Diagnostic(code, message, file, span, "warning", help, list(notes))


def sort_key(d: Diagnostic) -> tuple[int, int]:
    return (d.span[0], d.span[1])


# ---------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------

SourceLookup = Callable[[str], "str | None"]


def render_text(d: Diagnostic, display_file: str, source: str | None) -> str:
    """Render one diagnostic in the text format of SPEC §5.2 (ends with a blank line)."""
    header = f"{d.severity}[{d.code}]: {d.message}" if d.code else f"{d.severity}: {d.message}"
    line_no, col = d.span[0], d.span[1]
    lines = [header]
    width = len(str(line_no)) if line_no > 0 else 1
    pad = " " * (width + 1)
    if line_no > 0:
        lines.append(f"{pad}--> {display_file}:{line_no}:{col}")
    else:
        lines.append(f"{pad}--> {display_file}")
    src_line = _source_line(source, line_no) if source is not None and line_no > 0 else None
    if src_line is not None:
        gutter = " " * (width + 2) + "|"
        lines.append(gutter)
        shown = src_line.replace("\t", "    ")
        lines.append(f" {str(line_no).rjust(width)} | {shown}")
        # Marker: tabs before the column count as 4 display columns.
        prefix = src_line[: max(col - 1, 0)]
        start = len(prefix.replace("\t", "    "))
        end_line, end_col = d.span[2], d.span[3]
        if end_line == line_no and end_col > col:
            covered = src_line[col - 1 : end_col - 1].replace("\t", "    ")
            length = max(len(covered), 1)
        elif end_line > line_no:
            length = max(len(src_line[col - 1 :].replace("\t", "    ")), 1)
        else:
            length = 1
        lines.append(f"{gutter} {' ' * start}{'^' * length}")
    for note in d.notes:
        lines.append(" " * (width + 2) + f"= note: {note}")
    if d.help:
        help_lines = d.help.split("\n")
        indent = " " * (width + 2) + " " * len("= help: ")
        lines.append(" " * (width + 2) + f"= help: {help_lines[0]}")
        lines.extend(indent + h for h in help_lines[1:])
    return "\n".join(lines) + "\n\n"


def render_json(d: Diagnostic, display_file: str) -> str:
    """Render one diagnostic as a JSON Lines record (SPEC §5.3), keys in the specified order."""
    line, col, end_line, end_col = d.span if d.span[0] > 0 else (0, 0, 0, 0)
    record = {
        "file": display_file,
        "line": line,
        "col": col,
        "endLine": end_line,
        "endCol": end_col,
        "severity": d.severity,
        "code": d.code,
        "message": d.message,
        "help": d.help,
        "notes": list(d.notes),
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def summary_line(diagnostics: Iterable[Diagnostic]) -> str | None:
    """``1 error, 2 warnings``; None when there are none."""
    items = list(diagnostics)
    errors = sum(1 for d in items if d.severity == "error")
    warnings = len(items) - errors
    if errors == 0 and warnings == 0:
        return None
    parts = []
    if errors:
        parts.append(f"{errors} error" + ("s" if errors != 1 else ""))
    if warnings:
        parts.append(f"{warnings} warning" + ("s" if warnings != 1 else ""))
    return ", ".join(parts)


def _source_line(source: str, line_no: int) -> str | None:
    lines = split_lines(source)
    if 1 <= line_no <= len(lines):
        return lines[line_no - 1]
    return None


def split_lines(source: str) -> list[str]:
    """Split on every JS line terminator (LF, CR LF, CR, U+2028, U+2029)."""
    out: list[str] = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "\n" or ch == "\u2028" or ch == "\u2029":
            out.append(source[start:i])
            start = i + 1
        elif ch == "\r":
            out.append(source[start:i])
            if i + 1 < n and source[i + 1] == "\n":
                i += 1
            start = i + 1
        i += 1
    out.append(source[start:])
    return out
