"""ZT0802: the contract checked against an explicit policy (SPEC §14.5): every message, located at the call
that introduced the constant or at the first dynamic use, after the `Capability policy violations in` line."""

from __future__ import annotations

import json

from tests.conftest import Zigttp, write

from .conftest import build, report_lines

HANDLER = """import { env } from "zigttp:env";
import { cacheGet, cacheSet } from "zigttp:cache";

const API = "https://api.example.com";

export function handler(req: Request): Response {
  const name = req.query.name ?? "HOME";
  const a = env("API_KEY");
  const b = env(name);
  const c = fetchSync(`${API}/v1`);
  const d = fetchSync(req.query.url ?? "https://x.example.com/");
  cacheSet("sessions", "k", "v");
  const e = cacheGet(name, "k");
  const again = env("API_KEY");
  return Response.json({ a, b, c: c.status, d: d.status, e, again });
}
"""


def _err_block(message: str, line: int, source: str, call: str) -> str:
    """A ZT0802 diagnostic as §5.2 renders it, marking ``call`` inside ``source``."""
    w = len(str(line))
    col = source.index(call) + 1
    return (f"error[ZT0802]: {message}\n{' ' * (w + 1)}--> handler.ts:{line}:{col}\n{' ' * (w + 2)}|\n"
            f" {line} | {source}\n{' ' * (w + 2)}| {' ' * (col - 1)}{'^' * len(call)}\n\n")


def test_every_violation_message(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "policy.json", '{"env": {"allow": []}, "egress": {"allow_hosts": []},'
                                      ' "cache": {"allow_namespaces": []}}')
    r = build(zigttp, HANDLER, "--policy", "policy.json")
    assert r.code == 1 and r.out == ""
    expected = (
        "  policy     failed\n"
        "Capability policy violations in policy.json:\n"
        + _err_block("policy violation: env var 'API_KEY' is not allowed", 8,
                     '  const a = env("API_KEY");', 'env("API_KEY")')
        + _err_block("policy violation: dynamic env access is not allowed", 9,
                     "  const b = env(name);", "env(name)")
        + _err_block("policy violation: outbound host 'api.example.com' is not allowed", 10,
                     "  const c = fetchSync(`${API}/v1`);", "fetchSync(`${API}/v1`)")
        + _err_block("policy violation: dynamic outbound host access is not allowed", 11,
                     '  const d = fetchSync(req.query.url ?? "https://x.example.com/");',
                     'fetchSync(req.query.url ?? "https://x.example.com/")')
        + _err_block("policy violation: cache namespace 'sessions' is not allowed", 12,
                     '  cacheSet("sessions", "k", "v");', 'cacheSet("sessions", "k", "v")')
        + _err_block("policy violation: dynamic cache namespace access is not allowed", 13,
                     '  const e = cacheGet(name, "k");', 'cacheGet(name, "k")')
    )
    assert expected in r.err
    assert r.err.endswith("6 errors\nbuild failed: handler.ts\n")
    assert "Sandbox" not in r.err


def test_sections_absent_from_the_file_are_not_checked(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "policy.json", '{"env": {"allow": ["API_KEY"]}}')
    r = build(zigttp, HANDLER, "--policy", "policy.json")
    assert r.code == 1
    messages = [line for line in r.err.splitlines() if line.startswith("error[")]
    assert messages == ["error[ZT0802]: policy violation: dynamic env access is not allowed"]


def test_json_mode_has_no_header(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "policy.json", '{"cache": {"allow_namespaces": ["other"]}}')
    r = build(zigttp, HANDLER, "--policy", "policy.json", "--diagnostics", "json")
    assert r.code == 1
    records = [json.loads(line) for line in r.err.splitlines()]
    assert [(d["code"], d["message"], d["line"], d["col"]) for d in records] == [
        ("ZT0802", "policy violation: cache namespace 'sessions' is not allowed", 12, 3),
        ("ZT0802", "policy violation: dynamic cache namespace access is not allowed", 13, 13),
    ]


def test_violation_in_an_imported_module(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "lib" / "secrets.ts", 'import { env } from "zigttp:env";\n'
                                             'export const token = (): string => env("TOKEN") ?? "";\n')
    write(zigttp.cwd / "policy.json", '{"env": {"allow": []}}')
    r = build(zigttp, 'import { token } from "./lib/secrets.ts";\n'
                      "export function handler(_req: Request): Response {\n"
                      "  return Response.text(token());\n}\n", "--policy", "policy.json")
    assert r.code == 1
    assert ("error[ZT0802]: policy violation: env var 'TOKEN' is not allowed\n"
            "  --> lib/secrets.ts:2:36\n") in r.err


def test_implicit_build_prints_the_header_but_no_report(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "handler.ts", HANDLER)
    write(zigttp.cwd / "policy.json", '{"env": {"allow": ["API_KEY"]}}')
    r = zigttp("run", "handler.ts", "--policy", "policy.json")
    assert r.code == 1 and r.out == ""
    assert report_lines("\n" + r.err + "\n")[0] == "Capability policy violations in policy.json:"
    assert "policy     failed" not in r.err
