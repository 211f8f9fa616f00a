"""ZT0801: invalid policy files (SPEC §14.4), reported through `zigttp build --policy FILE`: every message,
the first problem when there are several, the location line without source, and JSON mode."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Zigttp, write

from .conftest import build


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Zigttp:
    """One store for the module: every pass but policy is a cache hit after the first build."""
    root = tmp_path_factory.mktemp("policy-files")
    (root / "work").mkdir()
    return Zigttp(root / "store", root / "work")

HANDLER = """import { env } from "zigttp:env";
export function handler(_req) {
  return Response.text(env("GREETING") ?? "hi");
}
"""

CASES = [
    ("[1, 2]", "Policy root must be a JSON object"),
    ('"env"', "Policy root must be a JSON object"),
    ('{"net": {"allow": []}}', "Unknown policy section 'net'"),
    ('{"env": ["GREETING"]}', "Policy section 'env' must be an object"),
    ('{"egress": {"allow_hosts": [], "deny_hosts": []}}', "Policy section 'egress' only supports 'allow_hosts'"),
    ('{"cache": {}}', "Policy section 'cache' requires 'allow_namespaces'"),
    ('{"env": {"allow": "GREETING"}}', "Policy field 'env.allow' must be an array of strings"),
    ('{"cache": {"allow_namespaces": ["a", 3]}}', "Policy field 'cache.allow_namespaces' must be an array of strings"),
    ('{"egress": {"allow_hosts": ["x.com", ""]}}', "Policy field 'egress.allow_hosts' must contain only non-empty strings"),
    # The first problem: sections in file order, then the order of the table in §14.4.
    ('{"env": {"allow": [""]}, "bogus": 1}', "Policy field 'env.allow' must contain only non-empty strings"),
    ('{"bogus": 1, "env": {"allow": [""]}}', "Unknown policy section 'bogus'"),
    ('{"cache": {"namespaces": []}}', "Policy section 'cache' only supports 'allow_namespaces'"),
    ('{"env": {"allow": ["", 3]}}', "Policy field 'env.allow' must be an array of strings"),
    ('{"env": {"allow": []}, "cache": 5}', "Policy section 'cache' must be an object"),
]


def _policy_failure(zigttp: Zigttp, policy: str | bytes, *args: str) -> str:
    path = zigttp.cwd / "policy.json"
    path.write_bytes(policy if isinstance(policy, bytes) else policy.encode())
    r = build(zigttp, HANDLER, "--policy", "policy.json", *args, name="handler.js")
    assert r.code == 1 and r.out == ""
    return r.err


@pytest.mark.parametrize(("policy", "message"), CASES)
def test_schema_problem(shared: Zigttp, policy: str, message: str) -> None:
    err = _policy_failure(shared, policy)
    assert f"  policy     failed\nerror[ZT0801]: {message}\n  --> policy.json\n\n" in err
    assert err.endswith("1 error\nbuild failed: handler.js\n")
    assert "Sandbox" not in err and "Capability policy" not in err


def test_unreadable_file(zigttp: Zigttp) -> None:
    r = build(zigttp, HANDLER, "--policy", "missing/policy.json", name="handler.js")
    assert r.code == 1
    assert ("error[ZT0801]: cannot read policy file 'missing/policy.json': no such file or directory\n"
            "  --> missing/policy.json\n\n") in r.err


@pytest.mark.parametrize("text", ["{", '{"env": {"allow": NaN}}', "", "{} {}", b'{"env": {"allow": ["\xff"]}}'])
def test_invalid_json(shared: Zigttp, text: str | bytes) -> None:
    err = _policy_failure(shared, text)
    assert "error[ZT0801]: Policy file is not valid JSON: " in err


def test_json_diagnostics_mode(zigttp: Zigttp) -> None:
    err = _policy_failure(zigttp, '{"env": {"allow": [1]}}', "--diagnostics", "json")
    assert err.splitlines() == [json.dumps({
        "file": "policy.json", "line": 0, "col": 0, "endLine": 0, "endCol": 0, "severity": "error",
        "code": "ZT0801", "message": "Policy field 'env.allow' must be an array of strings", "help": None,
        "notes": []}, separators=(",", ":"))]


def test_valid_file_with_duplicates(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "policy.json", '{"env": {"allow": ["GREETING", "GREETING", "OTHER"]},\n'
                                      ' "egress": {"allow_hosts": ["API.example.com", "api.example.com"]}}')
    r = build(zigttp, HANDLER, "--policy", "policy.json", name="handler.js")
    assert r.code == 0, r.err
    assert zigttp("show", r.out.strip(), "policy").out == (
        '{\n  "env": { "allow": ["GREETING", "OTHER"] },\n  "egress": { "allow_hosts": ["api.example.com"] }\n}\n')
