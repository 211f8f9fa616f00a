"""Run-time enforcement of the effective policy (SPEC §14.6, §10.9, §18.6).

Over HTTP with `zigttp serve`: a derived egress list enables outbound HTTP without flags and refuses other
hosts (also on redirect hops); an artifact whose stored policy is narrower than the code's accesses (no
successful build makes one, so the test writes its policy object and manifest into the store) answers env
and cache denials with 500 and an error line naming the capability. In process, on the enforcement layer:
the same denials through the loader and `respond.handle`, with policies narrower than the code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from zigttp.pipeline.canonical import canonical_json
from zigttp.store.objects import Store
from zigttp.vm.modules.config import Policy, RuntimeConfig

from tests.conftest import Zigttp, write
from tests.e2e.conftest import Served
from tests.modules.jsrun import call, load_js
from tests.modules.test_serve import request
from tests.modules.upstream import Upstream

ERROR_LINE = re.compile(r"^\S+ w\d+ ERROR (\S+) (\S+): (.*)$")


@pytest.fixture
def serve(zigttp: Zigttp):
    started: list[Served] = []

    def start(*args: str) -> Served:
        served = Served(zigttp.popen("serve", *args, "-p", "0", "-n", "1"))
        started.append(served)
        assert served.port, served.lines
        return served

    yield start
    for s in started:
        s.stop()


@pytest.fixture
def upstream():
    with Upstream() as up:
        yield up


def _errors(served: Served) -> list[tuple[str, str, str]]:
    return [m.groups() for line in served.lines if (m := ERROR_LINE.match(line))]


# ---------------------------------------------------------------------------------------------------------
# Over HTTP
# ---------------------------------------------------------------------------------------------------------

EGRESS = """const UPSTREAM = "http://127.0.0.1:{port}";

export function handler(req: Request): Response {{
  if (req.path === "/direct") {{
    return fetchSync(`${{UPSTREAM}}/json`);
  }}
  const hop = fetchSync(`${{UPSTREAM}}/redirect?to=http://localhost:{port}/json`, {{ redirect: "follow" }});
  return Response.json({{ status: hop.status, error: hop.statusText, details: hop.text() }});
}}
"""


def test_derived_egress_enables_outbound_and_refuses_other_hosts(zigttp: Zigttp, serve, upstream) -> None:
    write(zigttp.cwd / "handler.ts", EGRESS.format(port=upstream.port))
    built = zigttp("build", "handler.ts")
    assert built.code == 0, built.err
    assert "Sandbox: complete (all access statically proven)" in built.err
    server = serve(built.out.strip())  # no --outbound-http, no --outbound-host
    assert server.lines[2] == "outbound HTTP: enabled (hosts: 127.0.0.1)"
    status, _, headers, body = request(server.port, "GET", "/direct")
    assert (status, body) == (200, b'{"id":1,"name":"Ann"}')
    status, _, _, body = request(server.port, "GET", "/hop")
    assert status == 200
    assert json.loads(body) == {"status": 599, "error": "HostNotAllowed", "details": json.dumps(
        {"ok": False, "error": "HostNotAllowed", "details": "capability policy"}, separators=(",", ":"))}
    assert [seen[1] for seen in upstream.seen] == ["/json", f"/redirect?to=http://localhost:{upstream.port}/json"]


def test_run_enforces_the_same_policy(zigttp: Zigttp, upstream) -> None:
    write(zigttp.cwd / "handler.ts", EGRESS.format(port=upstream.port))
    r = zigttp("run", "handler.ts", "--request", "GET", "/hop")
    assert r.code == 0, r.err
    assert '"error":"HostNotAllowed"' in r.out and "capability policy" in r.out
    direct = zigttp("run", "handler.ts", "--request", "GET", "/direct")
    assert direct.out.startswith("HTTP/1.1 200 OK\n") and direct.out.endswith('{"id":1,"name":"Ann"}\n')


CAPABILITIES = """import { env } from "zigttp:env";
import { cacheGet, cacheIncr } from "zigttp:cache";

export function handler(req: Request): Response {
  if (req.path === "/env") {
    return Response.text(env("HOME") ?? "unset");
  }
  if (req.path === "/cache") {
    return Response.json({ n: cacheIncr("visits", "home"), last: cacheGet("visits", "home") });
  }
  return fetchSync("http://127.0.0.1:1/never");
}
"""


def _narrowed(store_dir: Path, artifact: str, effective: dict) -> str:
    """A copy of ``artifact`` whose stored effective policy is ``effective`` (policy.json form)."""
    store = Store(store_dir)
    manifest = json.loads(store.get(artifact))
    policy = json.loads(store.get(manifest["passes"]["policy"]["output"]))
    policy.update(source="file", effective=effective)
    output = store.put(canonical_json(policy))
    manifest["passes"]["policy"]["output"] = output
    manifest["objects"] = sorted(set(manifest["objects"]) | {output})
    narrowed = store.put(canonical_json(manifest))
    store.add_artifact(narrowed, store.artifact_meta(artifact))
    return narrowed


def test_narrow_policy_over_http(zigttp: Zigttp, serve) -> None:
    write(zigttp.cwd / "handler.ts", CAPABILITIES)
    built = zigttp("build", "handler.ts")
    assert built.code == 0, built.err
    artifact = built.out.strip()
    assert zigttp("show", artifact, "policy").out == (
        '{\n  "env": { "allow": ["HOME"] },\n  "egress": { "allow_hosts": ["127.0.0.1"] },\n'
        '  "cache": { "allow_namespaces": ["visits"] }\n}\n')
    narrow = _narrowed(zigttp.store, artifact, {"env": {"allow": ["PATH"]}, "egress": {"allow_hosts": ["a.example"]},
                                                "cache": {"allow_namespaces": ["sessions"]}})
    assert zigttp("show", narrow, "policy").out.startswith('{\n  "env": { "allow": ["PATH"] },')
    server = serve(narrow)
    assert server.lines[2] == "outbound HTTP: enabled (hosts: a.example)"
    for path in ("/env", "/cache"):
        status, reason, headers, body = request(server.port, "GET", path)
        assert (status, reason, headers["content-type"], body) == (
            500, "Internal Server Error", "text/plain; charset=utf-8", b"Internal Server Error")
    status, reason, headers, body = request(server.port, "GET", "/fetch")
    assert (status, reason) == (599, "HostNotAllowed")
    assert body == b'{"ok":false,"error":"HostNotAllowed","details":"capability policy"}'
    assert server.wait_for(r"ERROR GET /cache")
    assert _errors(server) == [
        ("GET", "/env", "handler.ts:6:26 CapabilityError: env access 'HOME' is not allowed by capability policy"),
        ("GET", "/cache", "handler.ts:9:31 CapabilityError: cache namespace 'visits' is not allowed by "
                          "capability policy"),
    ]
    # The artifact as built allows what its code does.
    server = serve(artifact)
    assert request(server.port, "GET", "/cache")[3] == b'{"n":1,"last":"1"}'
    assert request(server.port, "GET", "/env")[0] == 200
    assert _errors(server) == []


# ---------------------------------------------------------------------------------------------------------
# In process: the enforcement layer with policies narrower than the code
# ---------------------------------------------------------------------------------------------------------

PROGRAM = """import { env } from "zigttp:env";
import { cacheGet, cacheSet, cacheDelete, cacheIncr, cacheStats } from "zigttp:cache";

export function handler(req: Request): Response {
  const ns = req.query.ns ?? "a";
  switch (req.path) {
    case "/env":
      return Response.text(env(req.query.name ?? "X") ?? "unset");
    case "/get":
      return Response.text(cacheGet(ns, "k") ?? "miss");
    case "/set":
      return Response.json(cacheSet(ns, "k", "v"));
    case "/delete":
      return Response.json(cacheDelete(ns, "k"));
    case "/incr":
      return Response.json(cacheIncr(ns, "k"));
    case "/stats":
      return Response.json(req.query.ns === undefined ? cacheStats() : cacheStats(ns));
    case "/fetch":
      return fetchSync(req.query.url ?? "http://127.0.0.1:1/");
    default:
      return Response.text(httpRequest(JSON.stringify({ url: req.query.url ?? "http://127.0.0.1:1/" })));
  }
}
"""


def _program(policy: Policy, **flags: object):
    return load_js(PROGRAM, "main.ts", RuntimeConfig(policy=policy, **flags))


def test_env_denials(clean_runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZT_ALLOWED", "yes")
    program = _program(Policy(env=frozenset({"ZT_ALLOWED"})))
    assert call(program, url="/env?name=ZT_ALLOWED").body == b"yes"
    out = call(program, url="/env?name=HOME")
    assert (out.status, out.body) == (500, b"Internal Server Error")
    assert out.error == "main.ts:8:28 CapabilityError: env access 'HOME' is not allowed by capability policy"
    out = call(program, url="/env?name=zt_allowed")  # names compare exactly
    assert out.error.endswith("env access 'zt_allowed' is not allowed by capability policy")
    program = _program(Policy(env=frozenset()))  # restricted to nothing
    assert call(program, url="/env?name=ZT_ALLOWED").status == 500
    assert call(_program(Policy()), url="/env?name=ZT_ALLOWED").body == b"yes"  # unrestricted


@pytest.mark.parametrize("path", ["/get", "/set", "/delete", "/incr", "/stats"])
def test_cache_denials(clean_runtime, path: str) -> None:
    program = _program(Policy(cache=frozenset({"ok"})))
    assert call(program, url=f"{path}?ns=ok").status == 200
    out = call(program, url=f"{path}?ns=other")
    assert out.status == 500
    assert out.error.endswith("CapabilityError: cache namespace 'other' is not allowed by capability policy")
    assert call(program, url=f"{path}?ns=OK").status == 500  # namespaces compare exactly


def test_cache_stats_without_namespace_is_allowed(clean_runtime) -> None:
    program = _program(Policy(cache=frozenset()))
    out = call(program, url="/stats")
    assert (out.status, out.body) == (200, b'{"hits":0,"misses":0,"entries":0,"bytes":0,"evictions":0}')


def test_egress_denials(clean_runtime, upstream) -> None:
    program = _program(Policy(egress=("localhost",)))  # a derived host list enables outbound by itself
    url = upstream.url("/json")  # 127.0.0.1
    out = call(program, url=f"/fetch?url={url}")
    assert (out.status, out.reason, out.body) == (
        599, "HostNotAllowed", b'{"ok":false,"error":"HostNotAllowed","details":"capability policy"}')
    out = call(program, url=f"/fetch?url={upstream.url('/json', host='LOCALHOST')}")  # case-insensitive
    assert (out.status, out.body) == (200, b'{"id":1,"name":"Ann"}')
    out = call(program, url=f"/http?url={url}")
    assert out.body == b'{"ok":false,"error":"HostNotAllowed","details":"capability policy"}'
    hop = upstream.url(f"/redirect?to={upstream.url('/json')}", host="localhost")
    out = call(program, url="/fetch?url=" + hop.replace("?", "%3F").replace("=", "%3D"))
    assert out.status == 302  # redirects are returned as they are unless followed
    assert [s[1] for s in upstream.seen] == ["/json", "/redirect?to=" + url]


def test_empty_egress_list_keeps_outbound_disabled(clean_runtime, upstream) -> None:
    out = call(_program(Policy(egress=())), url=f"/fetch?url={upstream.url('/json')}")
    assert (out.status, out.reason) == (599, "OutboundHttpDisabled")
    out = call(_program(Policy(egress=()), outbound_http=True), url=f"/fetch?url={upstream.url('/json')}")
    assert (out.status, out.body) == (
        599, b'{"ok":false,"error":"HostNotAllowed","details":"capability policy"}')
    assert upstream.seen == []


def test_env_denied_while_modules_load(clean_runtime) -> None:
    source = 'import { env } from "zigttp:env";\nconst HOME = env("HOME");\n' \
             "export function handler(_req: Request): Response {\n  return Response.text(HOME ?? '');\n}\n"
    with pytest.raises(Exception) as info:
        load_js(source, "main.ts", RuntimeConfig(policy=Policy(env=frozenset())))
    assert "env access 'HOME' is not allowed by capability policy" in str(info.value.args or info.value)
