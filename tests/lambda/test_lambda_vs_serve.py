"""The Lambda entry, imported from a `zigttp bundle` directory in an isolated interpreter, answers payload-2.0
events exactly as `zigttp serve` answers the same requests (SPEC §15.4, §15.5)."""

from __future__ import annotations

import base64
import http.client
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Zigttp, write
from tests.e2e.conftest import Served

APP = """\
export function handler(req) {
  if (req.path === "/echo") {
    const res = Response.json({
      method: req.method, url: req.url, path: req.path, query: req.query,
      cookie: req.headers.get("cookie") ?? "", agent: req.headers.get("x-agent") ?? "", body: req.body ?? "",
    });
    res.headers.append("set-cookie", "a=1; Path=/");
    res.headers.append("set-cookie", "b=2; HttpOnly");
    res.headers.set("x-kind", "echo");
    return res;
  }
  if (req.path === "/bytes") {
    return Response(Uint8Array([0, 255, 1]), { headers: { "content-type": "application/octet-stream" } });
  }
  if (req.path === "/latin") {
    return Response(Uint8Array([104, 233]), { headers: { "content-type": "text/plain; charset=latin1" } });
  }
  if (req.path === "/boom") {
    return Response.redirect("/elsewhere", 200);
  }
  if (req.path === "/bad") {
    return 42;
  }
  return "hello " + req.path;
}
"""

# Run the entry like Lambda's Python runtime would: only the bundle on sys.path (-I: no environment, no
# user site; -S: no site-packages, so nothing of the development install is importable).
DRIVER = """\
import json, sys
sys.path.insert(0, sys.argv[1])
from zigttp.vm import lambda_entry
for line in sys.stdin:
    print(json.dumps(lambda_entry.handler(json.loads(line), None)), flush=True)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "networkx", "llvmlite")
                or m.startswith(("zigttp.passes", "zigttp.pipeline", "zigttp.schemas")))
print(json.dumps({"entry": lambda_entry.__file__, "compiler_modules": loaded, "path": sys.path}))
"""


@dataclass
class Case:
    """One request, sent to serve over HTTP and to the Lambda entry as a payload-2.0 event."""

    method: str
    path: str
    query: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    cookies: list[str] = field(default_factory=list)
    body: bytes | None = None
    base64: bool = False

    def event(self) -> dict[str, Any]:
        event: dict[str, Any] = {
            "version": "2.0",
            "routeKey": "$default",
            "rawPath": self.path,
            "rawQueryString": self.query,
            "headers": dict(self.headers),
            "requestContext": {"http": {"method": self.method, "path": self.path}},
            "isBase64Encoded": self.base64,
        }
        if self.cookies:
            event["cookies"] = list(self.cookies)
        if self.body is not None:
            event["body"] = base64.b64encode(self.body).decode() if self.base64 else self.body.decode("utf-8")
        return event


CASES = {
    "get": Case("GET", "/echo", "x=1&y=a%20b&x=2", {"x-agent": "tests", "accept": "*/*"}, ["s=1", "t=two"]),
    "post_base64": Case("POST", "/echo", "", {"content-type": "application/json"},
                        body='{"title":"Grüße ✓"}'.encode(), base64=True),
    "post_text": Case("POST", "/echo", "", {"content-type": "text/plain"}, body=b"plain body"),
    "binary_response": Case("GET", "/bytes"),
    "non_utf8_text_response": Case("GET", "/latin"),
    "runtime_error": Case("GET", "/boom"),
    "bad_return": Case("GET", "/bad"),
    "string_return": Case("GET", "/plain"),
    "head": Case("HEAD", "/echo"),
}


@dataclass
class Fixture:
    zigttp: Zigttp
    artifact: str
    bundle: Path
    serve: dict[str, tuple[int, list[tuple[str, str]], bytes]]
    serve_log: list[str]
    lambda_results: dict[str, dict[str, Any]]
    lambda_info: dict[str, Any]
    lambda_stderr: str


def _http(port: int, case: Case) -> tuple[int, list[tuple[str, str]], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = dict(case.headers)
    if case.cookies:
        headers["cookie"] = "; ".join(case.cookies)
    target = case.path + (f"?{case.query}" if case.query else "")
    conn.request(case.method, target, body=case.body, headers=headers)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, [(k.lower(), v) for k, v in response.getheaders()], body


def run_lambda(bundle: Path, events: list[dict[str, Any]], env: dict[str, str] | None = None
               ) -> subprocess.CompletedProcess[str]:
    """Feed events (one JSON per line) to the entry in a fresh isolated interpreter."""
    driver = bundle.parent / "driver.py"
    driver.write_text(DRIVER)
    return subprocess.run([sys.executable, "-I", "-S", str(driver), str(bundle)], cwd=bundle, env=env or {},
                          input="".join(json.dumps(e) + "\n" for e in events), capture_output=True, text=True,
                          timeout=120)


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Fixture:
    root = tmp_path_factory.mktemp("lambda")
    (root / "work").mkdir()
    z = Zigttp(root / "store", root / "work")
    write(z.cwd / "app.js", APP)
    built = z("build", "app.js")
    assert built.code == 0, built.err
    artifact = built.out.strip()
    bundled = z("bundle", artifact, "--out", "bundle")
    assert bundled.code == 0, bundled.err
    served = Served(z.popen("serve", artifact, "-p", "0", "-n", "1"))
    try:
        assert served.port, served.lines
        serve = {name: _http(served.port, case) for name, case in CASES.items()}
    finally:
        served.stop()
    bundle = z.cwd / "bundle"
    events = [case.event() for case in CASES.values()] + [{"version": "1.0", "rawPath": "/"}]
    proc = run_lambda(bundle, events)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    results = [json.loads(line) for line in lines[:-1]]
    assert len(results) == len(CASES) + 1
    by_name = dict(zip([*CASES, "bad_version"], results, strict=True))
    return Fixture(z, artifact, bundle, serve, served.lines, by_name, json.loads(lines[-1]), proc.stderr)


def _from_lambda(result: dict[str, Any]) -> tuple[int, list[tuple[str, str]], bytes]:
    """A Lambda result in serve's terms: headers (set-cookie from ``cookies``) and body bytes."""
    headers = sorted([*result["headers"].items(), *(("set-cookie", c) for c in result.get("cookies", []))])
    body = base64.b64decode(result["body"]) if result["isBase64Encoded"] else result["body"].encode()
    return result["statusCode"], headers, body


def _comparable(response: tuple[int, list[tuple[str, str]], bytes]) -> tuple[int, list[tuple[str, str]], bytes]:
    status, headers, body = response
    kept = sorted((k, v) for k, v in headers if k not in ("date", "connection", "content-length"))
    return status, kept, body


@pytest.mark.parametrize("name", list(CASES))
def test_lambda_answers_like_serve(fx: Fixture, name: str) -> None:
    assert _from_lambda(fx.lambda_results[name]) == _comparable(fx.serve[name])


def test_request_fields_reach_the_handler(fx: Fixture) -> None:
    echoed = json.loads(fx.lambda_results["get"]["body"])
    assert echoed == {"method": "GET", "url": "/echo?x=1&y=a%20b&x=2", "path": "/echo",
                      "query": {"x": "2", "y": "a b"}, "cookie": "s=1; t=two", "agent": "tests", "body": ""}
    assert json.loads(fx.lambda_results["post_base64"]["body"])["body"] == '{"title":"Grüße ✓"}'


def test_result_shapes(fx: Fixture) -> None:
    get = fx.lambda_results["get"]
    assert list(get) == ["statusCode", "headers", "cookies", "body", "isBase64Encoded"]
    assert get["cookies"] == ["a=1; Path=/", "b=2; HttpOnly"]
    assert get["headers"] == {"content-type": "application/json", "x-kind": "echo"}
    assert get["isBase64Encoded"] is False
    binary = fx.lambda_results["binary_response"]
    assert (binary["body"], binary["isBase64Encoded"]) == ("AP8B", True)
    assert "cookies" not in binary
    assert fx.lambda_results["non_utf8_text_response"]["isBase64Encoded"] is True
    assert fx.lambda_results["head"]["body"] == "" and fx.lambda_results["head"]["isBase64Encoded"] is False


def test_errors_give_500_and_the_serve_error_text(fx: Fixture) -> None:
    internal = {"statusCode": 500, "headers": {"content-type": "text/plain; charset=utf-8"},
                "body": "Internal Server Error", "isBase64Encoded": False}
    assert fx.lambda_results["runtime_error"] == internal
    assert fx.lambda_results["bad_return"] == internal
    assert fx.lambda_results["bad_version"] == internal
    errors = fx.lambda_stderr.splitlines()
    assert errors == [
        "ERROR GET /boom: app.js:19:12 RangeError: Invalid redirect status 200",
        "ERROR GET /bad: handler returned number, expected a Response",
        "unsupported event payload version '1.0'",
    ]
    # serve logs the same error texts after its timestamp and worker prefix
    serve_errors = [line.split(" ", 2)[2] for line in fx.serve_log if " ERROR " in line]
    assert serve_errors == errors[:2]


def test_entry_is_isolated_from_the_development_install(fx: Fixture) -> None:
    assert Path(fx.lambda_info["entry"]) == fx.bundle / "zigttp" / "vm" / "lambda_entry.py"
    assert fx.lambda_info["compiler_modules"] == []
    assert not any("site-packages" in p for p in fx.lambda_info["path"])


def test_bundle_layout(fx: Fixture) -> None:
    b = fx.bundle
    assert (b / "ARTIFACT").read_text() == fx.artifact + "\n"
    assert (b / "zigttp" / "vm" / "lambda_entry.py").is_file()
    assert (b / "zigttp" / "vm" / "modules" / "validate.py").is_file()
    assert (b / "zigttp" / "store" / "objects.py").is_file()
    for compiler in ("passes", "pipeline", "schemas"):
        assert not (b / "zigttp" / compiler).exists()
    for dependency in ("blake3", "jsonschema", "referencing", "rpds", "urllib3", "httptools"):
        assert (b / dependency).is_dir(), dependency
    for absent in ("networkx", "pydantic", "llvmlite"):
        assert not (b / absent).exists(), absent
    manifest = b / "zigttp_artifact" / "objects" / fx.artifact[:2] / fx.artifact[2:]
    objects = json.loads(manifest.read_bytes())["objects"]
    assert all((b / "zigttp_artifact" / "objects" / h[:2] / h[2:]).is_file() for h in objects)
    assert list((b / "zigttp" / "vm" / "__pycache__").glob("lambda_entry.*.pyc"))


def test_bundle_message(tmp_path: Path, fx: Fixture) -> None:
    r = fx.zigttp("bundle", fx.artifact[:12], "--out", str(tmp_path / "b2"))
    assert r.code == 0 and r.out == ""
    assert re.fullmatch(rf"Bundled artifact {fx.artifact[:12]} into {re.escape(str(tmp_path / 'b2'))} "
                        r"\((\d+) files, \d+\.\d MiB\)\n", r.err), r.err
    files = sum(1 for p in (tmp_path / "b2").rglob("*") if p.is_file())
    assert f"({files} files, " in r.err


def test_tampered_bundle_fails_initialisation(tmp_path: Path, fx: Fixture) -> None:
    copy = tmp_path / "bundle"
    shutil.copytree(fx.bundle, copy)
    manifest = json.loads((copy / "zigttp_artifact" / "objects" / fx.artifact[:2] / fx.artifact[2:]).read_bytes())
    code = manifest["modules"][0]["code"]
    victim = copy / "zigttp_artifact" / "objects" / code[:2] / code[2:]
    victim.write_bytes(victim.read_bytes() + b"x")
    proc = run_lambda(copy, [CASES["get"].event()])
    assert proc.returncode != 0
    assert f"artifact verification failed: {code}" in proc.stderr


def test_outbound_variable_enables_outbound_http(tmp_path: Path, fx: Fixture) -> None:
    """ZIGTTP_OUTBOUND_HTTP=1 turns outbound HTTP on (the template sets it when egress has hosts)."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import sys\nsys.path.insert(0, sys.argv[1])\n"
        "from zigttp.vm import lambda_entry\n"
        "from zigttp.vm.modules.config import current_config\n"
        "print(current_config().outbound_enabled)\n")
    off = subprocess.run([sys.executable, "-I", "-S", str(probe), str(fx.bundle)], env={}, capture_output=True,
                         text=True, timeout=60)
    on = subprocess.run([sys.executable, "-I", "-S", str(probe), str(fx.bundle)],
                        env={"ZIGTTP_OUTBOUND_HTTP": "1"}, capture_output=True, text=True, timeout=60)
    assert (off.stdout, on.stdout) == ("False\n", "True\n"), (off.stderr, on.stderr)
