"""Run TSX/JSX source through the real pipeline in-process: build (every pass of a script-mode build, its
own store), load the artifact, capture console output and the runtime error line."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

from zigttp.pipeline.build import BuildOptions, build
from zigttp.pipeline.report import Reporter
from zigttp.store.objects import Store
from zigttp.vm.builtins import capture_console
from zigttp.vm.image import load_program, read_image
from zigttp.vm.respond import error_text


@dataclass
class Outcome:
    stdout: str
    error: str | None  # "<file>:<line>:<col> <Name>: <message>"
    program: object | None


class Runner:
    """Builds and runs programs in ``root`` (one store shared by every call)."""

    def __init__(self, root: Path):
        self.root = root
        self.store = Store(root / "store")
        self.count = 0

    def build(self, source: str, suffix: str = ".tsx", *, script: bool | None = None) -> tuple[str, str]:
        """Build ``source``; return (artifact hash, diagnostics text). A failed build fails the test."""
        self.count += 1
        path = self.root / f"case{self.count}" / f"page{suffix}"
        path.parent.mkdir(parents=True)
        path.write_text(source, encoding="utf-8")
        stream = io.StringIO()
        result = build(BuildOptions(entry=path, store=self.store, script=script),
                       Reporter(progress=False, stream=stream))
        assert result.ok, stream.getvalue()
        return result.artifact or "", stream.getvalue()

    def run(self, source: str, suffix: str = ".tsx") -> Outcome:
        """Build ``source`` as a script and evaluate it."""
        artifact, _ = self.build(source, suffix)
        image = read_image(self.store, artifact, verify=False)
        with capture_console() as console:
            try:
                program = load_program(self.store, image)
                error = None
            except Exception as exc:  # noqa: BLE001 - the error line is the result
                program, error = None, error_text(exc)
        return Outcome(console.stdout, error, program)

    def out(self, source: str, suffix: str = ".tsx") -> str:
        """The console output of a script that must not fail."""
        result = self.run(source, suffix)
        assert result.error is None, result.error
        return result.stdout

    def error(self, source: str, suffix: str = ".tsx") -> str:
        """The error line of a script that must fail."""
        result = self.run(source, suffix)
        assert result.error is not None, f"expected a runtime error, got output {result.stdout!r}"
        return result.error


def render_cases(runner: Runner, cases: list[tuple[str, str]], prelude: str = "", suffix: str = ".tsx") -> None:
    """Render every ``(expression, expected)`` case in one program (``prelude`` first) and compare the
    ``renderToString`` results with the expected strings."""
    lines = [prelude] + [f"console.log(JSON.stringify(renderToString({expr})));" for expr, _ in cases]
    out = runner.out("\n".join(lines) + "\n", suffix)
    got = [json.loads(line) for line in out.splitlines()]
    assert len(got) == len(cases), out
    for (expr, expected), actual in zip(cases, got, strict=True):
        assert actual == expected, f"renderToString({expr})"
