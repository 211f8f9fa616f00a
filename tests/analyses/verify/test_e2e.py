"""verify through the real command: SPEC §18 examples, build output (§13.4), `show verify`, caching."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, Zigttp, write

SPEC_EXAMPLES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".ts", ".tsx", ".js", ".jsx"))


def _statuses(err: str) -> dict[str, str]:
    out = {}
    for line in err.splitlines():
        m = re.match(r"^  (\w+)\s+(ran \d+ ms|cached|skipped|failed)$", line)
        if m:
            out[m.group(1)] = m.group(2).split(" ")[0]
    return out


def _pass_outputs(zigttp: Zigttp, artifact: str) -> dict[str, str]:
    """pass -> output hash prefix, from `zigttp show <hash>`."""
    lines = zigttp("show", artifact.strip()).out.splitlines()
    return {parts[0]: parts[2] for parts in (line.split() for line in lines) if len(parts) == 5}


@pytest.mark.parametrize("example", SPEC_EXAMPLES, ids=lambda p: p.name)
def test_spec_examples_verify_without_diagnostics(zigttp: Zigttp, example: Path) -> None:
    shutil.copy(example, zigttp.cwd / example.name)
    args = ["--define", "MODE=production"] if example.name == "assets.ts" else []
    r = zigttp("build", example.name, "--verify", *args)
    assert r.code == 0, r.err
    assert "warning" not in r.err and "error" not in r.err
    lines = r.err.splitlines()
    verify_line = next(i for i, line in enumerate(lines) if line.startswith("  verify "))
    assert lines[verify_line + 1] == "Verification passed"
    shown = zigttp("show", r.out.strip(), "verify")
    assert shown.out == ("exhaustiveReturns true\nresultsSafe true\nunreachableCode false\n"
                         "bytecodeVerified true\n")


HANDLER = """\
// the handler
import { jwtVerify } from "zigttp:auth";

export function handler(req) {
  const auth = jwtVerify(req.headers.get("authorization") ?? "", "s");
  if (!auth.ok) {
    return Response.json({ error: auth.error }, { status: 401 });
    const late = 1;
  }
  return Response.json(auth.value);
}
"""


def test_warnings_record_and_caching(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "h.js", HANDLER)
    first = zigttp("build", "h.js", "--verify")
    assert first.code == 0, first.err
    assert "warning[ZT0705]: unreachable code after return statement\n  --> h.js:8:5\n" in first.err
    assert "Verification passed\n" in first.err
    artifact = first.out.strip()
    record = json.loads(zigttp("show", artifact, "verify", "--json").out)
    assert record["record"] == {"exhaustiveReturns": True, "resultsSafe": True, "unreachableCode": True,
                                "bytecodeVerified": True}
    assert [w["code"] for w in record["warnings"]] == ["ZT0705", "ZT0706"]
    text = zigttp("show", artifact, "verify").out
    assert text.startswith("exhaustiveReturns true\nresultsSafe true\nunreachableCode true\n")
    assert "warning[ZT0706]: 'late' is declared but never used" in text

    # A comment-only edit: parse reruns, everything after it is a cache hit.
    write(zigttp.cwd / "h.js", HANDLER.replace("// the handler", "// the handler, with a longer comment"))
    second = zigttp("build", "h.js", "--verify")
    assert _statuses(second.err)["parse"] == "ran"
    before, after = _pass_outputs(zigttp, artifact), _pass_outputs(zigttp, second.out)
    assert [before[p] for p in ("comptime", "typecheck", "verify")] == [after[p] for p in ("comptime", "typecheck",
                                                                                           "verify")]
    assert "Verification passed\n" in second.err  # cached warnings are reported again
    assert "warning[ZT0705]" in second.err


def test_failure_output_and_implicit_builds(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "bad.js", 'export function handler(req) {\n  if (req.path === "/") {\n'
          '    return Response.text("a");\n  }\n}\n')
    r = zigttp("build", "bad.js", "--verify")
    assert r.code == 1 and r.out == ""
    assert ("error[ZT0701]: not all code paths return a Response\n  --> bad.js:1:24\n   |\n"
            " 1 | export function handler(req) {\n   |                        ^\n"
            "   = note: when the condition at line 2 is false, execution reaches the end of the function\n"
            "   = help: ensure every branch (if/else, switch/default) ends with a return statement\n") in r.err
    lines = r.err.splitlines()
    verdict = lines.index("Verification failed for bad.js")
    assert lines[verdict - 2].startswith("   = help:") and lines[verdict + 1].startswith("  ")
    assert lines[-2:] == ["1 error", "build failed: bad.js"]
    assert _statuses(r.err)["bytecode"] == "skipped"
    # Without --verify the pass is skipped and the build succeeds.
    plain = zigttp("build", "bad.js")
    assert plain.code == 0 and _statuses(plain.err)["verify"] == "skipped" and "Verification" not in plain.err
    # JSON diagnostics: only the JSON lines on stderr.
    as_json = zigttp("build", "bad.js", "--verify", "--diagnostics", "json")
    assert [json.loads(line)["code"] for line in as_json.err.splitlines()] == ["ZT0701"]
    # Implicit builds print diagnostics only (SPEC §0.9).
    run = zigttp("run", "bad.js", "--verify")
    assert "Verification" not in run.err and "error[ZT0701]" in run.err
