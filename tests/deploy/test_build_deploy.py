"""`zigttp build --deploy aws` end to end: files, build output, caching, hashes, show, gc roots, cfn-lint."""

from __future__ import annotations

import json
import platform
import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, Zigttp, write

GOLDEN = Path(__file__).parent / "golden"
RUNTIME = f"python{sys.version_info.major}.{sys.version_info.minor}"
ARCH = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}[platform.machine().lower()]
DEFINES = {"assets.ts": ["--define", "MODE=production"]}  # SPEC §18.8

HANDLER = """\
import { env } from "zigttp:env";

export function handler(req: Request): Response {
  return Response.json({ key: env("API_KEY") ?? "" });
}
"""


def _golden(name: str) -> str:
    """A golden file with this machine's runtime and architecture (the spec's were Python 3.12, x86-64)."""
    text = (GOLDEN / name).read_text()
    return text.replace("python3.12 (x86_64)", f"{RUNTIME} ({ARCH})").replace(
        '"Runtime": "python3.12"', f'"Runtime": "{RUNTIME}"').replace('          "x86_64"\n', f'          "{ARCH}"\n')


def _api(zigttp: Zigttp) -> None:
    shutil.copy(EXAMPLES / "api.ts", zigttp.cwd / "api.ts")


def test_spec_example_writes_the_golden_files_and_the_deploy_lines(zigttp: Zigttp) -> None:
    _api(zigttp)
    r = zigttp("build", "api.ts", "--verify", "--deploy", "aws")
    assert r.code == 0, r.err
    artifact = r.out.strip()
    assert (zigttp.cwd / "deploy" / "template.json").read_text() == _golden("api.template.json")
    assert (zigttp.cwd / "deploy" / "deploy-report.txt").read_text() == _golden("api.deploy-report.txt")
    lines = r.err.splitlines()
    assert lines[-6].startswith("  deploy     ran ")
    assert lines[-5:] == [
        "Wrote deploy manifest to: deploy/template.json",
        "Wrote deploy report to: deploy/deploy-report.txt",
        "Deploy target: aws, proof level: complete",
        f"Next: zigttp bundle {artifact} --out deploy/bundle && sam deploy -t deploy/template.json --guided",
        f"built {artifact[:12]}",
    ]


def test_cached_build_writes_the_files_again(zigttp: Zigttp) -> None:
    _api(zigttp)
    first = zigttp("build", "api.ts", "--verify", "--deploy", "aws")
    shutil.rmtree(zigttp.cwd / "deploy")
    second = zigttp("build", "api.ts", "--verify", "--deploy", "aws")
    assert second.code == 0 and second.out == first.out
    assert "  deploy     cached" in second.err.splitlines()
    assert "Deploy target: aws, proof level: complete" in second.err
    assert (zigttp.cwd / "deploy" / "template.json").read_text() == _golden("api.template.json")


def test_proof_levels_none_and_partial(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "h.ts", HANDLER)
    r = zigttp("build", "h.ts", "--deploy", "aws")
    assert r.code == 0, r.err
    assert "Deploy target: aws, proof level: none" in r.err
    report = (zigttp.cwd / "deploy" / "deploy-report.txt").read_text()
    assert "  Environment variables: API_KEY\n" in report and "  (no verification ran)\n" in report
    write(zigttp.cwd / "d.ts", HANDLER.replace('env("API_KEY")', "env(req.path)"))
    r = zigttp("build", "d.ts", "--verify", "--deploy", "aws")
    assert r.code == 0, r.err
    assert "Deploy target: aws, proof level: partial" in r.err
    template = json.loads((zigttp.cwd / "deploy" / "template.json").read_text())
    assert template["Metadata"]["zigttp"]["envProven"] is False


def test_deploy_target_and_architecture_enter_the_artifact_hash(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "h.ts", HANDLER)
    plain = zigttp("build", "h.ts").out.strip()
    deployed = zigttp("build", "h.ts", "--deploy", "aws").out.strip()
    assert plain != deployed
    manifest = json.loads(zigttp.store.joinpath("objects", deployed[:2], deployed[2:]).read_bytes())
    assert manifest["options"]["deploy"] == "aws" and manifest["arch"] == platform.machine()
    assert manifest["passes"]["deploy"] is not None
    plain_manifest = json.loads(zigttp.store.joinpath("objects", plain[:2], plain[2:]).read_bytes())
    assert plain_manifest["arch"] is None and plain_manifest["passes"]["deploy"] is None


def test_unknown_target_is_zt0803(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "h.ts", HANDLER)
    r = zigttp("build", "h.ts", "--deploy", "gcp")
    assert r.code == 1 and r.out == ""
    assert "  deploy     failed\nerror[ZT0803]: unknown deploy target 'gcp' (supported: aws)\n  --> h.ts\n\n" in r.err
    assert r.err.endswith("1 error\nbuild failed: h.ts\n")
    assert not (zigttp.cwd / "deploy").exists()
    j = zigttp("build", "h.ts", "--deploy=gcp", "--diagnostics", "json")
    assert j.code == 1
    assert json.loads(j.err) == {"file": "h.ts", "line": 0, "col": 0, "endLine": 0, "endCol": 0,
                                 "severity": "error", "code": "ZT0803",
                                 "message": "unknown deploy target 'gcp' (supported: aws)", "help": None,
                                 "notes": []}


def test_json_mode_writes_the_files_without_report_lines(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "h.ts", HANDLER)
    r = zigttp("build", "h.ts", "--deploy", "aws", "--diagnostics", "json")
    assert r.code == 0 and r.err == ""
    assert (zigttp.cwd / "deploy" / "template.json").is_file()


def test_unwritable_deploy_directory(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "h.ts", HANDLER)
    write(zigttp.cwd / "deploy", "a file in the way")
    r = zigttp("build", "h.ts", "--deploy", "aws")
    assert r.code == 1 and r.out == ""
    assert "error: cannot write 'deploy/template.json': " in r.err


def test_run_and_serve_refuse_deploy(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "h.ts", HANDLER)
    r = zigttp("run", "h.ts", "--deploy", "aws")
    assert r.code == 1
    assert r.err == "error: option '--deploy' is not available in this version of zigttp yet\n"


def test_show_deploy(zigttp: Zigttp) -> None:
    _api(zigttp)
    artifact = zigttp("build", "api.ts", "--verify", "--deploy", "aws").out.strip()
    r = zigttp("show", artifact[:10], "deploy")
    assert r.code == 0
    assert r.out == _golden("api.template.json") + "\n" + _golden("api.deploy-report.txt")
    j = json.loads(zigttp("show", artifact, "deploy", "--json").out)
    assert j["template"] == json.loads(_golden("api.template.json"))
    assert j["report"] == _golden("api.deploy-report.txt")
    assert (j["target"], j["proofLevel"]) == ("aws", "complete")
    plain = zigttp("build", "api.ts").out.strip()
    r = zigttp("show", plain, "deploy")
    assert (r.code, r.err) == (1, "error: pass 'deploy' did not run for this artifact\n")


def test_gc_keeps_every_deployed_artifact(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "h.ts", HANDLER)
    deployed = zigttp("build", "h.ts", "--deploy", "aws").out.strip()
    first = zigttp("build", "h.ts").out.strip()
    write(zigttp.cwd / "h.ts", HANDLER + "// changed\n")
    latest = zigttp("build", "h.ts").out.strip()
    assert len({deployed, first, latest}) == 3
    assert zigttp("store", "gc").code == 0
    assert zigttp("show", deployed).code == 0  # a root: built with --deploy
    assert zigttp("show", latest).code == 0  # a root: the latest build of h.ts
    gone = zigttp("show", first)
    assert gone.code == 1 and gone.err.startswith("error: no artifact matching")


def test_every_example_template_passes_cfn_lint(zigttp: Zigttp) -> None:
    """Each example built with --verify --deploy aws; cfn-lint (one run over all templates) finds no error
    or warning."""
    pytest.importorskip("cfnlint")
    from cfnlint.api import lint_all

    examples = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".ts", ".tsx", ".js", ".jsx"))
    assert len(examples) >= 10
    problems = {}
    for name in examples:
        project = zigttp.cwd / name.replace(".", "_")
        project.mkdir()
        shutil.copy(EXAMPLES / name, project / name)
        r = zigttp("build", name, "--verify", "--deploy", "aws", *DEFINES.get(name, []), cwd=project)
        assert r.code == 0, (name, r.err)
        matches = lint_all((project / "deploy" / "template.json").read_text())
        found = [str(m) for m in matches if m.rule.id[0] in "EW"]
        if found:
            problems[name] = found
    assert problems == {}
