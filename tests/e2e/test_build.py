"""`zigttp build`: hashes, caching, reproducibility, incremental rebuilds, bad input (issue 2 acceptance)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import EXAMPLES, Zigttp, write

HASH = re.compile(r"^[0-9a-f]{64}\n$")

HANDLER = """\
// a greeting handler
import { greet } from "./lib/greet.ts";

export function handler(req: Request): Response {
  return Response.json({ text: greet(req.path) });
}
"""
LIB = """\
export function greet(name: string): string {
  return `hello ${name}`; /* inline comment */
}
"""


def _project(root: Path) -> Path:
    write(root / "lib" / "greet.ts", LIB)
    return write(root / "handler.ts", HANDLER)


def _statuses(err: str) -> dict[str, str]:
    out = {}
    for line in err.splitlines():
        m = re.match(r"^  (\w+)\s+(ran \d+ ms|cached|skipped|failed)$", line)
        if m:
            out[m.group(1)] = m.group(2).split(" ")[0]
    return out


def test_build_prints_hash_and_progress(zigttp: Zigttp) -> None:
    entry = _project(zigttp.cwd)
    r = zigttp("build", "handler.ts")
    assert r.code == 0, r.err
    assert HASH.match(r.out)
    lines = r.err.splitlines()
    assert lines[0] == "zigttp build handler.ts"
    statuses = _statuses(r.err)
    assert {"parse", "bytecode"} <= set(statuses)
    assert set(statuses.values()) <= {"ran", "skipped"} and statuses["parse"] == statuses["bytecode"] == "ran"
    assert lines[-1] == f"built {r.out[:12]}"
    assert entry.exists()


def test_rebuild_is_fully_cached_and_same_hash(zigttp: Zigttp) -> None:
    _project(zigttp.cwd)
    first = zigttp("build", "handler.ts")
    second = zigttp("build", "handler.ts")
    assert first.out == second.out
    assert set(_statuses(second.err).values()) <= {"cached", "skipped"}
    assert _statuses(second.err)["bytecode"] == "cached"


def test_same_source_elsewhere_gives_same_hash(zigttp: Zigttp, tmp_path: Path) -> None:
    _project(zigttp.cwd)
    other = tmp_path / "elsewhere" / "deeper"
    _project(other)
    a = zigttp("build", "handler.ts")
    b = zigttp("build", str(other / "handler.ts"), "--store", str(tmp_path / "other-store"))
    assert a.code == b.code == 0
    assert a.out == b.out
    assert _statuses(b.err)["bytecode"] == "ran"


def test_comment_edit_reruns_only_parse(zigttp: Zigttp) -> None:
    _project(zigttp.cwd)
    first = zigttp("build", "handler.ts")
    entry = zigttp.cwd / "handler.ts"
    entry.write_text(HANDLER.replace("// a greeting handler", "// the greeting handler, reworded"))
    second = zigttp("build", "handler.ts")
    assert second.code == 0
    assert second.out != first.out  # the manifest covers the source bytes
    statuses = _statuses(second.err)
    assert statuses.pop("parse") == "ran"
    assert set(statuses.values()) <= {"cached", "skipped"} and statuses["bytecode"] == "cached"


def test_body_edit_reruns_only_that_modules_bytecode(zigttp: Zigttp) -> None:
    from zigttp.store.objects import Store

    _project(zigttp.cwd)
    zigttp("build", "handler.ts")
    records_before = set(p.name for p in (zigttp.store / "records").rglob("*") if p.is_file())
    lib = zigttp.cwd / "lib" / "greet.ts"
    lib.write_text(LIB.replace("hello", "howdy"))
    r = zigttp("build", "handler.ts")
    assert _statuses(r.err)["bytecode"] == "ran"
    records_after = set(p.name for p in (zigttp.store / "records").rglob("*") if p.is_file())
    new = records_after - records_before
    import json

    kinds = sorted((json.loads((p).read_text())["name"], json.loads(p.read_text())["module"])
                   for p in (zigttp.store / "records").rglob("*") if p.is_file() and p.name in new)
    # the edited module reran; the importer's per-module passes that read its exports may rerun, but they
    # produce the same output (early cutoff), so the importer's code is not regenerated
    assert ("parse", "lib/greet.ts") in kinds and ("bytecode", "lib/greet.ts") in kinds
    assert ("parse", "handler.ts") not in kinds and ("bytecode", "handler.ts") not in kinds, kinds
    assert Store(zigttp.store).artifacts()


def test_diagnostics_fail_the_build(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "bad.ts", "export function handler(req: Request): Response {\n  var x = 1;\n"
          "  return Response.text(\"a\");\n}\n")
    r = zigttp("build", "bad.ts")
    assert r.code == 1
    assert r.out == ""
    assert "error[ZT0200]: 'var' is not supported\n  --> bad.ts:2:3\n" in r.err
    statuses = _statuses(r.err)
    assert statuses.pop("parse") == "failed"
    assert set(statuses.values()) == {"skipped"}
    assert r.err.splitlines()[-2:] == ["1 error", "build failed: bad.ts"]


def test_diagnostics_json_mode(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "bad.js", "export function handler(req) {\n  return x;\n}\n")
    r = zigttp("build", "bad.js", "--diagnostics", "json")
    assert r.code == 1
    assert r.err.splitlines() == [
        '{"file":"bad.js","line":2,"col":10,"endLine":2,"endCol":11,"severity":"error","code":"ZT0301",'
        '"message":"cannot find name \'x\'","help":null,"notes":[]}'
    ]


def test_bad_input_files(zigttp: Zigttp) -> None:
    r = zigttp("build", "missing.ts")
    assert r.code == 1
    assert r.err == ("zigttp build missing.ts\n  parse      failed\n"
                     "error[ZT0001]: cannot read 'missing.ts': no such file or directory\n  --> missing.ts\n\n"
                     "1 error\nbuild failed: missing.ts\n")
    (zigttp.cwd / "dir.ts").mkdir()
    r = zigttp("build", "dir.ts")
    assert r.code == 1 and "error[ZT0001]: cannot read 'dir.ts': is a directory" in r.err
    (zigttp.cwd / "latin1.ts").write_bytes(b"export const s = '\xe9';\n")
    r = zigttp("build", "latin1.ts")
    assert r.code == 1 and "error[ZT0001]: file is not valid UTF-8" in r.err
    assert "ZT0311" not in r.err and "\n1 error\n" in r.err
    write(zigttp.cwd / "notes.txt", "hello")
    r = zigttp("build", "notes.txt")
    assert r.code == 1 and "error[ZT0001]" in r.err
    assert "Traceback" not in r.err


def test_ambiguous_prefix(zigttp: Zigttp) -> None:
    from zigttp.store.objects import Store

    store = Store(zigttp.store)
    store.add_artifact("abcdef01" + "0" * 56, {"entry": "a.ts"})
    store.add_artifact("abcdef01" + "1" * 56, {"entry": "b.ts"})
    r = zigttp("show", "abcdef01")
    assert (r.code, r.err) == (1, "error: 'abcdef01' matches 2 artifacts; use more digits\n")
    r = zigttp("serve", "abcdef01")
    assert (r.code, r.err) == (1, "error: 'abcdef01' matches 2 artifacts; use more digits\n")


def test_show_summary_parse_and_bytecode(zigttp: Zigttp) -> None:
    shutil.copy(EXAMPLES / "hello.ts", zigttp.cwd / "hello.ts")
    h = zigttp("build", "hello.ts").out.strip()
    r = zigttp("show", h[:10])
    lines = r.out.splitlines()
    assert lines[0] == f"artifact {h}"
    assert lines[2] == "entry hello.ts (handler at line 2)"
    assert lines[3] == "modules 1"
    assert re.match(r"^parse [0-9a-f]{12} [0-9a-f]{12} \d+(\.\d)? (B|KiB)$", lines[4])
    assert any(re.match(r"^bytecode [0-9a-f]{12} [0-9a-f]{12} \d+(\.\d)? (B|KiB)$", x) for x in lines)
    assert lines[-1] == "warnings 0"
    parse = zigttp("show", h, "parse")
    assert parse.code == 0 and parse.out.startswith("hello.ts ") and "FunctionDecl" in parse.out
    bc = zigttp("show", h, "bytecode")
    assert bc.code == 0 and "hello.ts" in bc.out
    missing = zigttp("show", h, "verify")
    assert (missing.code, missing.err) == (1, "error: pass 'verify' did not run for this artifact\n")
    bad = zigttp("show", h, "nonsense")
    assert bad.code == 2
