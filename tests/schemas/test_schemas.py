"""schemas/: the checked-in JSON Schemas match their models, and real documents validate against them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from zigttp.schemas.generate import DIRECTORY, SCHEMAS, drifted, main, schema_texts

from tests.conftest import Zigttp, write

GOLDEN = Path(__file__).resolve().parent.parent / "deploy" / "golden"


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((DIRECTORY / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_checked_in_schemas_match_their_models() -> None:
    assert drifted() == [], "run: python -m zigttp.schemas.generate"
    assert sorted(p.name for p in DIRECTORY.glob("*.schema.json")) == sorted(SCHEMAS)


def test_check_mode_reports_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, text in schema_texts().items():
        (tmp_path / name).write_text(text)
    assert drifted(tmp_path) == []
    (tmp_path / "manifest.schema.json").write_text("{}\n")
    assert drifted(tmp_path) == ["manifest.schema.json"]
    assert main(["--check"]) == 0
    assert capsys.readouterr().out == ""


def test_spec_contract_and_policy_examples_validate() -> None:
    _validator("contract.schema.json").validate(json.loads((GOLDEN / "api.contract.json").read_text()))
    policy = _validator("policy.schema.json")
    policy.validate({"env": {"allow": ["JWT_SECRET"]}, "egress": {"allow_hosts": ["api.example.com"]},
                     "cache": {"allow_namespaces": ["sessions"]}})
    assert not policy.is_valid({"env": {"allow": [""]}})
    assert not policy.is_valid({"network": {}})


def test_build_outputs_validate(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "h.ts", 'export function handler(req: Request): Response { return Response.text("x"); }\n')
    artifact = zigttp("build", "h.ts", "--deploy", "aws").out.strip()
    manifest = json.loads((zigttp.store / "objects" / artifact[:2] / artifact[2:]).read_bytes())
    _validator("manifest.schema.json").validate(manifest)
    contract = zigttp("show", artifact, "contract")
    assert contract.code == 0
    _validator("contract.schema.json").validate(json.loads(contract.out))
    records = [json.loads(p.read_bytes()) for p in (zigttp.store / "records").rglob("*") if p.is_file()]
    assert records
    record = _validator("pass-record.schema.json")
    for r in records:
        record.validate(r)


def test_json_diagnostics_validate(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "bad.ts", "export function handler(req: Request): Response {\n  return 1 +;\n}\n")
    r = zigttp("build", "bad.ts", "--diagnostics", "json")
    write(zigttp.cwd / "h.ts", 'export function handler(req: Request): Response { return Response.text("x"); }\n')
    d = zigttp("build", "h.ts", "--deploy", "nowhere", "--diagnostics", "json")
    lines = [json.loads(line) for line in (r.err + d.err).splitlines()]
    assert len(lines) >= 2
    validator = _validator("diagnostic.schema.json")
    for line in lines:
        validator.validate(line)
