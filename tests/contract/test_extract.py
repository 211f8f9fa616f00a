"""The contract pass in process: what the golden files cannot show (script mode, the sites the policy pass
locates ZT0802 at, proof levels, the stored form) and the host proof of URL prefixes."""

from __future__ import annotations

import json

import pytest
from zigttp.passes import comptime, frontend
from zigttp.passes.contract import extract
from zigttp.passes.contract_const import DYNAMIC, IGNORED, Prefix, url_host
from zigttp.passes.contract_json import render_contract_json
from zigttp.passes.contract_model import (
    Contract,
    EgressSection,
    EnvSection,
    Verification,
    load_contract_output,
    proof_level,
)
from zigttp.pipeline.canonical import canonical_json


def _modules(files: dict[str, str]) -> dict:
    out = {}
    for path, text in files.items():
        parsed = frontend.parse_module(text.encode(), path)
        assert not parsed.diagnostics, [d.message for d in parsed.diagnostics]
        out[path] = comptime.fold_module(parsed, {}, {}, "0.1.0").parsed
    return out


def test_script_mode_has_no_handler_but_keeps_router_tables() -> None:
    mods = _modules({"script.js": 'import { routerMatch } from "zigttp:router";\n'
                                  'const r = routerMatch({ "GET /x": 1 }, Request("/x"));\n'
                                  'console.log(fetchSync === undefined, r);\n'})
    contract = extract(mods, "script.js").contract
    assert contract.handler is None
    assert [(r.method, r.pattern, r.source) for r in contract.routes] == [("GET", "/x", "router")]
    assert contract.egress == EgressSection(hosts=[], dynamic=True)
    assert '"handler": null,' in render_contract_json(contract)


def test_sites_are_the_first_introducing_calls() -> None:
    source = ('import { env } from "zigttp:env";\n'
              "export function handler(req) {\n"
              '  const a = env("A");\n'
              "  const b = env(req.path);\n"
              '  const c = env("A") ?? env(req.url);\n'
              "  return Response.json({ a, b, c });\n}\n")
    output = extract(_modules({"h.js": source}), "h.js")
    assert output.contract.env == EnvSection(literal=["A"], dynamic=True)
    assert (output.sites.env["A"].file, output.sites.env["A"].span) == ("h.js", (3, 13, 3, 21))
    assert output.sites.env_dynamic.span == (4, 13, 4, 26)
    assert output.sites.egress_dynamic is None


def test_stored_form_round_trips_in_module_order() -> None:
    source = ('import { sha256 } from "zigttp:crypto";\nimport { cacheGet } from "zigttp:cache";\n'
              'import { env } from "zigttp:env";\n'
              'export function handler(_req) {\n  return Response.text(sha256(env("K") ?? cacheGet("n", "k") ?? ""));\n}\n')
    output = extract(_modules({"h.js": source}), "h.js")
    stored = canonical_json(output.model_dump(mode="json"))
    assert list(json.loads(stored)["contract"]["functions"]) == ["zigttp:cache", "zigttp:crypto", "zigttp:env"]
    loaded = load_contract_output(stored)
    assert list(loaded.contract.functions) == ["zigttp:crypto", "zigttp:cache", "zigttp:env"]
    assert render_contract_json(loaded.contract) == render_contract_json(output.contract)


def test_proof_levels() -> None:
    record = Verification(exhaustiveReturns=True, resultsSafe=True, unreachableCode=True, bytecodeVerified=True)
    assert proof_level(Contract()) == "none"
    assert proof_level(Contract(verification=record)) == "complete"
    assert proof_level(Contract(verification=record, env=EnvSection(dynamic=True))) == "partial"
    failing = record.model_copy(update={"bytecodeVerified": False})
    assert proof_level(Contract(verification=failing)) == "partial"


def test_verification_record_takes_bytecode_field() -> None:
    mods = _modules({"h.js": "export function handler(_req) {\n  return Response.text('x');\n}\n"})
    record = {"exhaustiveReturns": True, "resultsSafe": True, "unreachableCode": False}
    assert extract(mods, "h.js", record, bytecode_verified=False).contract.verification == Verification(
        **record, bytecodeVerified=False)


@pytest.mark.parametrize(("text", "complete", "host"), [
    ("https://x.com", True, "x.com"),
    ("https://X.COM:8443", True, "x.com"),
    ("HTTPS://x.com/a", False, "x.com"),
    ("http://u:p@x.com?q", False, "x.com"),
    ("https://x.com#", False, "x.com"),
    ("https://x.com", False, DYNAMIC),
    ("https://", False, DYNAMIC),
    ("https:/", False, DYNAMIC),
    ("", False, DYNAMIC),
    ("/relative", True, IGNORED),
    ("ftp://x.com/", True, IGNORED),
    ("https://", True, IGNORED),
    ("https://[::1]:8080/", False, "::1"),
    ("https://bücher.example/", False, "xn--bcher-kva.example"),
])
def test_url_host(text: str, complete: bool, host: str) -> None:
    assert url_host(Prefix(text, complete)) == host
