"""Incremental type checking (issue 4): a body edit in one module reruns only what depends on it; a
comment-only edit leaves typecheck, boolcheck and verify cached."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from zigttp.passes import typecheck
from zigttp.pipeline.build import BuildOptions, build
from zigttp.pipeline.report import Reporter
from zigttp.store.objects import Store

from tests.conftest import write

HANDLER = """\
// the handler
import { greet } from "./util";

export function handler(req: Request): Response {
  const text = greet(req.path);
  if (text.length > 0) {
    return Response.text(text);
  }
  return Response.text("empty");
}
"""
UTIL = """\
// helpers
export function greet(name: string): string {
  return `hello ${name}`;
}
"""


class Project:
    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.store = Store(root / "store")
        self.checked: list[str] = []
        original = typecheck.check_module

        def counting(parsed, deps=None):  # type: ignore[no-untyped-def]
            self.checked.append(parsed.path)
            return original(parsed, deps)

        monkeypatch.setattr(typecheck, "check_module", counting)
        write(root / "handler.ts", HANDLER)
        write(root / "util.ts", UTIL)

    def build(self) -> dict[str, str]:
        """Build (with --verify); returns the progress status of each pass group."""
        self.checked.clear()
        out = io.StringIO()
        result = build(BuildOptions(entry=self.root / "handler.ts", store=self.store, verify=True),
                       Reporter(progress=True, stream=out))
        assert result.ok, out.getvalue()
        return {m.group(1): m.group(2) for m in re.finditer(r"^  (\w+)\s+(ran|cached|skipped|failed)", out.getvalue(),
                                                              re.M)}

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.root / name
        text = path.read_text()
        assert old in text
        path.write_text(text.replace(old, new))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    return Project(tmp_path / "p", monkeypatch)


def test_first_build_checks_every_module_dependencies_first(project: Project) -> None:
    statuses = project.build()
    assert statuses["typecheck"] == "ran" and statuses["boolcheck"] == "ran"
    assert project.checked == ["util.ts", "handler.ts"]


def test_rebuild_is_cached(project: Project) -> None:
    project.build()
    statuses = project.build()
    assert project.checked == []
    assert statuses["typecheck"] == statuses["boolcheck"] == statuses["verify"] == "cached"


def test_body_edit_stops_at_the_edited_module(project: Project) -> None:
    project.build()
    project.edit("util.ts", "`hello ${name}`", "`hi there, ${name}`")
    project.build()
    # util's exported types did not change, so typeiface gave the same bytes and handler.ts hit the cache.
    assert project.checked == ["util.ts"]


def test_signature_edit_rechecks_importers(project: Project) -> None:
    project.build()
    project.edit("util.ts", "export function greet(name: string): string {",
                 "export function greet(name: string, times?: number): string {")
    project.build()
    assert project.checked == ["util.ts", "handler.ts"]


def test_comment_edit_leaves_the_analyses_cached(project: Project) -> None:
    project.build()
    project.edit("handler.ts", "// the handler", "// a handler!")
    statuses = project.build()
    assert statuses["parse"] == "ran"
    assert statuses["typecheck"] == statuses["boolcheck"] == statuses["verify"] == "cached"
    assert project.checked == []


def test_comment_edit_in_a_dependency_leaves_the_analyses_cached(project: Project) -> None:
    project.build()
    project.edit("util.ts", "// helpers", "// HELPERS")
    statuses = project.build()
    assert statuses["typecheck"] == statuses["boolcheck"] == "cached"
    assert project.checked == []
