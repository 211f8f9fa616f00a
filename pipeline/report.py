"""Build output on stderr: progress lines (SPEC §16.2), diagnostics (§5) and the summary line."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from ..passes.diagnostics import Diagnostic, render_json, render_text, summary_line


class Reporter:
    """Writes what a build prints. ``progress=False`` is the implicit-build mode of SPEC §0.9 (only
    diagnostics and the summary); ``fmt="json"`` writes diagnostics as JSON Lines and nothing else."""

    def __init__(self, *, progress: bool = True, fmt: str = "text", stream: TextIO | None = None):
        self.progress = progress and fmt == "text"
        self.fmt = fmt
        self.stream = stream or sys.stderr
        self.sources: dict[str, tuple[Path, str]] = {}  # module path -> (file path, text)
        self.seen: list[Diagnostic] = []

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()

    def header(self, entry: str) -> None:
        if self.progress:
            self._write(f"zigttp build {entry}\n")

    def group(self, name: str, status: str, ms: float) -> None:
        if not self.progress:
            return
        detail = f"ran {ms:.0f} ms" if status == "ran" else status
        self._write(f"  {name:<10} {detail}\n")

    def message(self, text: str) -> None:
        """A report line of an explicit build (verification result, SPEC §13.4); not in implicit builds."""
        if self.progress:
            self._write(text + "\n")

    def display_path(self, file: str) -> str:
        if file in self.sources:
            path = self.sources[file][0]
            try:
                return os.path.relpath(path, Path.cwd())
            except ValueError:
                return str(path)
        return file

    def diagnostics(self, diags: list[Diagnostic], header: str | None = None) -> None:
        """Write diagnostics; ``header`` is a text-mode line before them (SPEC §14.5), when there are any."""
        if header and diags and self.fmt == "text":
            self._write(header + "\n")
        for d in diags:
            self.seen.append(d)
            shown = self.display_path(d.file) if d.file != "<inline>" else "<inline>"
            if self.fmt == "json":
                self._write(render_json(d, shown) + "\n")
            else:
                source = self.sources.get(d.file, (None, None))[1]
                self._write(render_text(d, shown, source))

    def footer(self, artifact: str | None, entry: str | None = None) -> None:
        if self.fmt == "text":
            summary = summary_line(self.seen)
            if summary:
                self._write(summary + "\n")
        if self.progress:
            self._write(f"built {artifact[:12]}\n" if artifact else f"build failed: {entry or self._entry()}\n")

    def _entry(self) -> str:
        for rel, (_path, _) in self.sources.items():
            return self.display_path(rel)
        return ""
