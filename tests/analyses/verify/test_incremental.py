"""Caching of comptime and verify, in-process (one compiler, so pass keys depend only on the inputs)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from zigttp.pipeline.build import BuildOptions, build
from zigttp.pipeline.report import Reporter
from zigttp.store.objects import Store

SOURCE = """\
// a comment
import { SIZES } from "./sizes.js";

const LIST = comptime(SIZES.map((n) => n * 2));

export function handler(req) {
  if (req.path === "/") {
    return Response.json(LIST);
  }
  return Response.text("other");
}
"""


def _build(entry: Path, store: Path, **options: object) -> dict[str, str]:
    out = io.StringIO()
    result = build(BuildOptions(entry=entry, store=Store(store), verify=True, **options),  # type: ignore[arg-type]
                   Reporter(stream=out))
    assert result.ok, out.getvalue()
    statuses = {}
    for line in out.getvalue().splitlines():
        m = re.match(r"^  (\w+)\s+(ran|cached|skipped|failed)", line)
        if m:
            statuses[m.group(1)] = m.group(2)
    return statuses


def test_comment_edit_and_import_edit(tmp_path: Path) -> None:
    entry = tmp_path / "handler.js"
    entry.write_text(SOURCE)
    (tmp_path / "sizes.js").write_text("export const SIZES = [1, 2];\n")
    store = tmp_path / "store"
    assert _build(entry, store)["comptime"] == "ran"
    assert set(_build(entry, store).values()) <= {"cached", "skipped"}

    entry.write_text(SOURCE.replace("// a comment", "// a longer comment, same line"))
    statuses = _build(entry, store)
    assert statuses["parse"] == "ran"
    assert statuses["comptime"] == statuses["typecheck"] == statuses["verify"] == statuses["bytecode"] == "cached"

    # Changing the imported const reruns the importer's comptime, and verify sees the new folded tree.
    (tmp_path / "sizes.js").write_text("export const SIZES = [1, 2, 3];\n")
    statuses = _build(entry, store)
    assert statuses["comptime"] == "ran" and statuses["verify"] == "ran"

    # A define nobody reads reruns comptime only; its output is unchanged (early cutoff).
    statuses = _build(entry, store, defines={"UNUSED": "1"})
    assert statuses["comptime"] == "ran"
    assert statuses["typecheck"] == statuses["verify"] == statuses["bytecode"] == "cached"
