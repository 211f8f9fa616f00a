"""The deploy pass as a pure function: template.json and deploy-report.txt from a contract (SPEC §15.1–§15.3)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from zigttp.passes.contract_model import Contract, Route
from zigttp.passes.deploy import deploy
from zigttp.passes.deploy_template import event_id, event_path, parameter_names

GOLDEN = Path(__file__).parent / "golden"
VERIFIED = {"exhaustiveReturns": True, "resultsSafe": True, "unreachableCode": False, "bytecodeVerified": True}


def _contract(**fields: Any) -> Contract:
    base: dict[str, Any] = {"handler": {"path": "h.ts", "line": 1, "column": 24}}
    base.update(fields)
    return Contract.model_validate(base)


def _run(contract: Contract, **kw: str) -> tuple[dict[str, Any], str, dict[str, Any]]:
    options = {"target": "aws", "python": "3.12", "machine": "x86_64", "version": "0.1.0", "entry": "h.ts", **kw}
    result = deploy(contract, **options)
    assert result.diagnostics == []
    return json.loads(result.data["template"]), result.data["report"], result.data


def _function(template: dict[str, Any]) -> dict[str, Any]:
    return template["Resources"]["HandlerFunction"]["Properties"]


def test_spec_example_is_reproduced_byte_for_byte() -> None:
    contract = Contract.model_validate_json((GOLDEN / "api.contract.json").read_bytes())
    result = deploy(contract, target="aws", python="3.12", machine="x86_64", version="0.1.0", entry="api.ts")
    assert result.data["template"] == (GOLDEN / "api.template.json").read_text()
    assert result.data["report"] == (GOLDEN / "api.deploy-report.txt").read_text()
    assert result.data["proofLevel"] == "complete"


def test_without_verification_the_proof_level_is_none() -> None:
    template, report, data = _run(_contract())
    assert data["proofLevel"] == "none"
    assert template["Description"] == "zigttp proven deployment - h.ts (proof: none)"
    assert template["Metadata"]["zigttp"] == {"version": "0.1.0", "proofLevel": "none", "handler": "h.ts",
                                              "verification": [], "envProven": True}
    assert "Parameters" not in template
    assert "Environment" not in _function(template)
    assert _function(template)["Tags"] == {"zigttp:proven": "false", "zigttp:proofLevel": "none",
                                           "zigttp:egressProven": "true"}
    assert report == (
        "zigttp Proven Deployment Report\nHandler: h.ts\nTarget: aws\nRuntime: python3.12 (x86_64)\n\n"
        "PROVEN (compiler-verified, not heuristic):\n  (none)\n\n"
        "NEEDS MANUAL REVIEW:\n  (none - all sections fully proven)\n\n"
        "VERIFICATION:\n  (no verification ran)\n\nPROOF LEVEL: none\n")


def test_dynamic_sections_make_the_proof_partial_and_need_review() -> None:
    template, report, data = _run(_contract(
        verification=VERIFIED,
        env={"literal": ["API_KEY"], "dynamic": True},
        egress={"hosts": [], "dynamic": True},
        cache={"namespaces": ["a", "b"], "dynamic": True},
    ))
    assert data["proofLevel"] == "partial"
    meta = template["Metadata"]["zigttp"]
    assert meta["envProven"] is False
    assert meta["envReview"] == "handler uses dynamic env access - additional vars may be needed"
    assert list(meta) == ["version", "proofLevel", "handler", "verification", "envProven", "envReview"]
    assert template["Parameters"] == {"ApiKey": {"Type": "String", "NoEcho": True,
                                                 "Description": "handler reads API_KEY"}}
    assert _function(template)["Environment"] == {"Variables": {"API_KEY": {"Ref": "ApiKey"},
                                                                "ZIGTTP_OUTBOUND_HTTP": "1"}}
    # Dynamic egress without hosts: nothing proven about egress, so no egress tags.
    assert _function(template)["Tags"] == {"zigttp:proven": "false", "zigttp:proofLevel": "partial"}
    assert "PROVEN (compiler-verified, not heuristic):\n  (none)\n" in report
    assert ("NEEDS MANUAL REVIEW:\n"
            "  Environment variables: handler uses dynamic env access (known: API_KEY)\n"
            "  Outbound hosts: handler uses dynamic URLs\n"
            "  Cache namespaces: handler uses dynamic cache keys (known: a, b)\n") in report
    assert report.endswith("PROOF LEVEL: partial\n")


def test_proven_hosts_enable_outbound_and_are_tagged() -> None:
    template, report, _ = _run(_contract(verification=VERIFIED, egress={"hosts": ["a.com", "b.org"]}))
    props = _function(template)
    assert props["Environment"] == {"Variables": {"ZIGTTP_OUTBOUND_HTTP": "1"}}
    assert props["Tags"] == {"zigttp:proven": "true", "zigttp:proofLevel": "complete",
                             "zigttp:egressProven": "true", "zigttp:egressHosts": "a.com,b.org"}
    assert "  Outbound hosts: a.com, b.org\n" in report


def test_dynamic_egress_with_known_hosts_is_not_proven() -> None:
    template, report, _ = _run(_contract(verification=VERIFIED, egress={"hosts": ["a.com"], "dynamic": True}))
    tags = _function(template)["Tags"]
    assert tags["zigttp:egressProven"] == "false" and tags["zigttp:egressHosts"] == "a.com"
    assert "  Outbound hosts: handler uses dynamic URLs (known: a.com)\n" in report


def test_failed_verification_facts_print_fail() -> None:
    record = dict(VERIFIED, resultsSafe=False)
    template, report, data = _run(_contract(verification=record))
    assert data["proofLevel"] == "partial"
    assert template["Metadata"]["zigttp"]["verification"] == ["exhaustiveReturns", "bytecodeVerified"]
    assert "  Exhaustive returns: PASS\n  Result safety: FAIL\n  Bytecode verified: PASS\n" in report


@pytest.mark.parametrize(("names", "expected"), [
    (["JWT_SECRET"], ["JwtSecret"]),
    (["database-url", "x"], ["DatabaseUrl", "X"]),
    (["1PASSWORD_TOKEN"], ["Env1passwordToken"]),
    (["api_key", "API_KEY", "Api-Key"], ["ApiKey", "ApiKey2", "ApiKey3"]),
    (["__"], ["Env"]),
])
def test_parameter_names(names: list[str], expected: list[str]) -> None:
    assert list(parameter_names(names).values()) == expected


@pytest.mark.parametrize(("method", "pattern", "kind", "path", "ident"), [
    ("POST", "/notes", "exact", "/notes", "RoutePostNotes"),
    ("GET", "/users/:id", "param", "/users/{id}", "RouteGetUsersId"),
    ("GET", "/users/:id/posts/:post", "param", "/users/{id}/posts/{post}", "RouteGetUsersIdPostsPost"),
    ("*", "/static/*", "prefix", "/static/{proxy+}", "RouteAnyStaticProxy"),
    ("GET", "/", "exact", "/", "RouteGetRoot"),
    ("DELETE", "/api/v1-items", "exact", "/api/v1-items", "RouteDeleteApiV1Items"),
    ("GET", "/x/", "prefix", "/x/{proxy+}", "RouteGetXProxy"),
    ("GET", "/files*", "prefix", "/files/{proxy+}", "RouteGetFilesProxy"),
    ("get", "/a/:b/*", "prefix", "/a/{b}/{proxy+}", "RouteGetABProxy"),
])
def test_events_from_routes(method: str, pattern: str, kind: str, path: str, ident: str) -> None:
    route = Route(method=method, pattern=pattern, type=kind, field="path", source="if")
    assert event_path(route) == path
    assert event_id(route) == ident


def test_events_skip_duplicates_and_query_patterns_and_disambiguate_ids() -> None:
    routes = [
        {"method": "GET", "pattern": "/a-b", "type": "exact", "field": "path", "source": "if"},
        {"method": "GET", "pattern": "/a-b", "type": "exact", "field": "url", "source": "switch"},
        {"method": "GET", "pattern": "/a/b", "type": "exact", "field": "path", "source": "if"},
        {"method": "GET", "pattern": "/search?q=1", "type": "exact", "field": "url", "source": "switch"},
        {"method": "*", "pattern": "relative", "type": "exact", "field": "path", "source": "switch"},
    ]
    template, report, _ = _run(_contract(routes=routes))
    assert _function(template)["Events"] == {
        "CatchAll": {"Type": "HttpApi"},
        "RouteGetAB": {"Type": "HttpApi", "Properties": {"Path": "/a-b", "Method": "GET"}},
        "RouteGetAB2": {"Type": "HttpApi", "Properties": {"Path": "/a/b", "Method": "GET"}},
    }
    # The report lists every contract route, deployable or not.
    assert ("  Routes: GET /a-b (exact), GET /a-b (exact), GET /a/b (exact), GET /search?q=1 (exact), "
            "* relative (exact)\n") in report


def test_runtime_and_architecture_come_from_the_options() -> None:
    template, report, data = _run(_contract(), python="3.10", machine="aarch64")
    assert _function(template)["Runtime"] == "python3.10"
    assert _function(template)["Architectures"] == ["arm64"]
    assert "Runtime: python3.10 (arm64)\n" in report
    assert (data["runtime"], data["arch"]) == ("python3.10", "arm64")


@pytest.mark.parametrize(("options", "message"), [
    ({"target": "gcp"}, "unknown deploy target 'gcp' (supported: aws)"),
    ({"python": "3.9"}, "Python 3.9 is not an AWS Lambda Python runtime (supported: python3.10 to python3.14)"),
    ({"python": "3.15"}, "Python 3.15 is not an AWS Lambda Python runtime (supported: python3.10 to python3.14)"),
    ({"machine": "i686"}, "architecture 'i686' is not an AWS Lambda architecture (supported: x86_64, arm64)"),
])
def test_zt0803(options: dict[str, str], message: str) -> None:
    base = {"target": "aws", "python": "3.12", "machine": "x86_64", "version": "0.1.0", "entry": "h.ts"}
    result = deploy(_contract(), **{**base, **options})
    assert [(d.code, d.message, d.file, d.span, d.severity) for d in result.diagnostics] == [
        ("ZT0803", message, "h.ts", (0, 0, 0, 0), "error")]
    assert "template" not in result.data


def test_template_layout_is_two_space_json_with_one_array_element_per_line() -> None:
    contract = _contract(verification=VERIFIED)
    text = deploy(contract, target="aws", python="3.12", machine="x86_64", version="0.1.0",
                  entry="h.ts").data["template"]
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '      "verification": [\n        "exhaustiveReturns",\n' in text
    assert '        "Architectures": [\n          "x86_64"\n        ],\n' in text


def test_a_template_using_every_feature_passes_cfn_lint() -> None:
    pytest.importorskip("cfnlint")
    from cfnlint.api import lint_all

    routes = [{"method": m, "pattern": p, "type": t, "field": "path", "source": "router"} for m, p, t in [
        ("GET", "/", "exact"), ("GET", "/users/:id", "param"), ("*", "/static/*", "prefix"),
        ("POST", "/a-b", "exact"), ("POST", "/a/b", "exact"), ("DELETE", "/files*", "prefix")]]
    contract = _contract(
        verification=VERIFIED, routes=routes,
        env={"literal": ["API_KEY", "api-key", "1TOKEN", "DATABASE_URL"], "dynamic": True},
        egress={"hosts": ["api.example.com", "b.example.org"], "dynamic": True},
        cache={"namespaces": ["sessions"], "dynamic": False},
    )
    text = deploy(contract, target="aws", python="3.12", machine="aarch64", version="0.1.0",
                  entry="h.ts").data["template"]
    assert [str(m) for m in lint_all(text) if m.rule.id[0] in "EW"] == []
