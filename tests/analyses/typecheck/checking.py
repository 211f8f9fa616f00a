"""Run the typecheck and boolcheck passes directly on source text (no store), for focused tests."""

from __future__ import annotations

from dataclasses import dataclass

from zigttp.passes import boolcheck, frontend
from zigttp.passes.diagnostics import Diagnostic
from zigttp.passes.typecheck import CheckResult, check_module, load_types
from zigttp.pipeline.canonical import canonical_json, load_json


@dataclass
class Checked:
    typecheck: CheckResult
    boolcheck: boolcheck.BoolcheckResult

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return self.typecheck.diagnostics + self.boolcheck.diagnostics

    def lines(self) -> list[str]:
        return [f"{d.span[0]}:{d.span[1]} {d.code} {d.message}" for d in self.diagnostics]

    def top(self, name: str) -> str:
        """The printed type of a top-level binding."""
        return dict((n, t) for n, t in self.typecheck.to_data()["toplevel"])[name]


def check(source: str, path: str = "handler.ts") -> Checked:
    language = frontend.language_of(path)
    assert language is not None
    parsed = frontend.parse_text(source, path, language)
    errors = [d for d in parsed.diagnostics if d.is_error]
    assert not errors, [(d.code, d.message, d.span) for d in errors]
    result = check_module(parsed, {})
    stored = load_json(canonical_json(result.to_data()))  # through the stored form, like the pipeline
    bool_result = boolcheck.check(parsed.module, load_types(stored))
    return Checked(result, bool_result)
