"""The sandbox report (SPEC §14.7) in its three shapes, where it appears (explicit text-mode builds only),
and the policy as `zigttp show` prints it (policy view, summary `proof`/`sandbox` lines, `store ls`)."""

from __future__ import annotations

from tests.conftest import EXAMPLES, Zigttp, write

from .conftest import build, report_lines

DERIVED = """import { env } from "zigttp:env";

export function handler(req: Request): Response {
  const target = req.query.url ?? "https://example.com/";
  const res = fetchSync(target);
  return Response.json({ key: env("API_KEY"), db: env("DATABASE_URL"), status: res.status });
}
"""

EXPLICIT = """import { env } from "zigttp:env";
import { cacheGet } from "zigttp:cache";

export function handler(req: Request): Response {
  const res = fetchSync(req.query.url ?? "https://example.com/");
  return Response.json({ secret: env("JWT_SECRET"), hit: cacheGet("sessions", req.path), status: res.status });
}
"""


def test_complete_sandbox(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "api.ts", (EXAMPLES / "api.ts").read_text())
    r = zigttp("build", "api.ts", "--verify")
    assert r.code == 0, r.err
    assert report_lines(r.err) == ["Verification passed", "Sandbox: complete (all access statically proven)"]
    lines = r.err.splitlines()
    assert lines[lines.index("Sandbox: complete (all access statically proven)") - 1].startswith("  policy     ran")
    assert [line.split()[0] for line in lines[1:-1] if line.startswith("  ")] == [
        "parse", "comptime", "typecheck", "boolcheck", "verify", "contract", "policy", "bytecode", "deploy"]
    show = zigttp("show", r.out.strip()).out.splitlines()
    assert "proof complete" in show
    assert "sandbox env [JWT_SECRET]; egress []; cache [notes]" in show


def test_derived_sandbox_with_dynamic_access(zigttp: Zigttp) -> None:
    r = build(zigttp, DERIVED)
    assert r.code == 0, r.err
    assert report_lines(r.err) == [
        "Sandbox derived from contract:",
        "  env: restricted to [API_KEY, DATABASE_URL] (2 proven, no dynamic access)",
        "  egress: unrestricted (dynamic access detected)",
        "  cache: restricted to [] (none proven, no dynamic access)",
    ]
    hash_ = r.out.strip()
    show = zigttp("show", hash_).out.splitlines()
    assert "proof none" in show
    assert "sandbox env [API_KEY, DATABASE_URL]; egress unrestricted; cache []" in show
    assert zigttp("show", hash_, "policy").out == (
        '{\n  "env": { "allow": ["API_KEY", "DATABASE_URL"] },\n  "cache": { "allow_namespaces": [] }\n}\n')
    assert zigttp("show", hash_, "policy", "--json").out == (
        '{"env": {"allow": ["API_KEY", "DATABASE_URL"]}, "cache": {"allow_namespaces": []}}\n')


def test_one_proven_entry(zigttp: Zigttp) -> None:
    r = build(zigttp, DERIVED.replace(', db: env("DATABASE_URL")', ""))
    assert "  env: restricted to [API_KEY] (1 proven, no dynamic access)" in report_lines(r.err)


def test_explicit_policy_report(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "policy.json", '{\n  "env": { "allow": ["JWT_SECRET"] },\n'
                                      '  "cache": { "allow_namespaces": ["sessions"] }\n}\n')
    r = build(zigttp, EXPLICIT, "--policy", "policy.json", "--verify")
    assert r.code == 0, r.err
    assert report_lines(r.err) == [
        "Verification passed",
        "Sandbox from policy file policy.json:",
        "  env: restricted to [JWT_SECRET]",
        "  egress: unrestricted (section not in policy)",
        "  cache: restricted to [sessions]",
        "Capability policy check passed",
    ]
    show = zigttp("show", r.out.strip()).out.splitlines()
    assert "proof partial" in show  # egress is dynamic
    assert "sandbox env [JWT_SECRET]; egress unrestricted; cache [sessions]" in show
    assert zigttp("store", "ls").out.split()[-1] == "proof:partial"


def test_everything_unrestricted(zigttp: Zigttp) -> None:
    r = build(zigttp, 'import { env } from "zigttp:env";\n'
                      "export function handler(req: Request): Response {\n"
                      "  return Response.text(env(req.path) ?? fetchSync(req.path).statusText);\n}\n")
    assert report_lines(r.err) == [
        "Sandbox derived from contract:",
        "  env: unrestricted (dynamic access detected)",
        "  egress: unrestricted (dynamic access detected)",
        "  cache: restricted to [] (none proven, no dynamic access)",
    ]
    write(zigttp.cwd / "open.json", "{}")
    r = build(zigttp, "export function handler(_req: Request): Response {\n  return Response.text('x');\n}\n",
              "--policy", "open.json")
    assert report_lines(r.err)[0] == "Sandbox from policy file open.json:"
    assert "sandbox unrestricted" in zigttp("show", r.out.strip()).out.splitlines()
    assert zigttp("show", r.out.strip(), "policy").out == "{}\n"


def test_no_report_in_implicit_builds_and_json_mode(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "handler.ts", DERIVED)
    run = zigttp("run", "handler.ts")
    assert "Sandbox" not in run.err and run.err == ""
    r = zigttp("build", "handler.ts", "--diagnostics", "json")
    assert r.code == 0 and r.err == ""
