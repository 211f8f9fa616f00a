"""comptime through the real command: SPEC §18.8 end to end, `show comptime`, defines, imports, caching."""

from __future__ import annotations

import json
import re
import shutil

from tests.conftest import EXAMPLES, Zigttp, write
from zigttp import __version__


def _statuses(err: str) -> dict[str, str]:
    out = {}
    for line in err.splitlines():
        m = re.match(r"^  (\w+)\s+(ran \d+ ms|cached|skipped|failed)$", line)
        if m:
            out[m.group(1)] = m.group(2).split(" ")[0]
    return out


LISTING = f"""\
assets.ts:2:15  comptime({{ version: __VERSION__, etag: `"${{hash("styles-" + ASSET_VERSION)}}"`, mode: Env.MODE ?? "de...
  => {{"version":"{__version__}","etag":"\\"92ab9929\\"","mode":"production"}}
assets.ts:7:17  comptime([1, 2, 3, 4, 5].map((n) => n * n))
  => [1,4,9,16,25]
"""


def test_assets_example_end_to_end(zigttp: Zigttp) -> None:
    shutil.copy(EXAMPLES / "assets.ts", zigttp.cwd / "assets.ts")
    built = zigttp("build", "assets.ts", "--define", "MODE=production")
    assert built.code == 0, built.err
    assert _statuses(built.err)["comptime"] == "ran"
    artifact = built.out.strip()

    shown = zigttp("show", artifact, "comptime")
    assert (shown.code, shown.out) == (0, LISTING)
    as_json = json.loads(zigttp("show", artifact, "comptime", "--json").out)
    assert as_json == [
        {"file": "assets.ts", "line": 2, "col": 15,
         "expression": LISTING.splitlines()[0].split("  ", 1)[1],
         "value": f'{{"version":"{__version__}","etag":"\\"92ab9929\\"","mode":"production"}}'},
        {"file": "assets.ts", "line": 7, "col": 17, "expression": "comptime([1, 2, 3, 4, 5].map((n) => n * n))",
         "value": "[1,4,9,16,25]"},
    ]

    root = zigttp("run", "assets.ts", "--define", "MODE=production")
    assert root.code == 0
    assert root.out.endswith(f'\r\n\r\n{{"version":"{__version__}","mode":"production","squares":[1,4,9,16,25]}}\n') or \
        root.out.endswith(f'\n\n{{"version":"{__version__}","mode":"production","squares":[1,4,9,16,25]}}\n')
    css = zigttp("run", "assets.ts", "--request", "GET", "/styles.css")
    assert css.out.startswith("HTTP/1.1 200 OK") and 'etag: "92ab9929"' in css.out
    assert "content-type: text/css" in css.out and css.out.endswith("body{margin:0}\n")
    cached = zigttp("run", "assets.ts", "--request", "GET", "/styles.css", "--header", 'if-none-match: "92ab9929"')
    assert cached.out.startswith("HTTP/1.1 304 Not Modified") and 'etag: "92ab9929"' in cached.out
    development = zigttp("run", "assets.ts")
    assert '"mode":"development"' in development.out


def test_defines_enter_the_artifact_hash(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "h.js", "const M = comptime(Env.MODE);\nexport function handler(req) {\n"
          "  return Response.text(String(M));\n}\n")
    a = zigttp("build", "h.js", "--define", "MODE=a")
    b = zigttp("build", "h.js", "--define", "MODE=b")
    unused = zigttp("build", "h.js", "--define", "MODE=a", "--define", "OTHER=x")
    assert a.code == b.code == unused.code == 0
    assert len({a.out, b.out, unused.out}) == 3
    # An unused define reruns comptime (defines are declared options), whose output is unchanged, so
    # bytecode's inputs are unchanged too (early cutoff).
    assert _statuses(unused.err)["comptime"] == "ran"
    assert _pass_outputs(zigttp, unused.out)["comptime"] == _pass_outputs(zigttp, a.out)["comptime"]
    assert _pass_outputs(zigttp, unused.out)["bytecode"] == _pass_outputs(zigttp, a.out)["bytecode"]
    assert _pass_outputs(zigttp, b.out)["comptime"] != _pass_outputs(zigttp, a.out)["comptime"]
    assert zigttp("run", "h.js", "--define", "MODE=b").out.endswith("\nb\n")


def test_comment_edit_keeps_comptime_output(zigttp: Zigttp) -> None:
    source = "// version one\nconst A = comptime([1, 2].map((n) => n * 3));\nexport function handler(req) {\n" \
             "  return Response.json(A);\n}\n"
    write(zigttp.cwd / "h.js", source)
    first = zigttp("build", "h.js")
    write(zigttp.cwd / "h.js", source.replace("version one", "version two, edited"))
    second = zigttp("build", "h.js")
    assert first.code == second.code == 0
    assert first.out != second.out
    assert _statuses(second.err)["parse"] == "ran"
    # The parse output is unchanged, so comptime (and everything after it) is a cache hit; comparing the
    # stored outputs also holds when the compiler itself changed between the two builds.
    assert _pass_outputs(zigttp, first.out)["comptime"] == _pass_outputs(zigttp, second.out)["comptime"]
    assert _pass_outputs(zigttp, first.out)["bytecode"] == _pass_outputs(zigttp, second.out)["bytecode"]


def _pass_outputs(zigttp: Zigttp, artifact: str) -> dict[str, str]:
    """pass -> output hash prefix, from `zigttp show <hash>`."""
    lines = zigttp("show", artifact.strip()).out.splitlines()
    return {parts[0]: parts[2] for parts in (line.split() for line in lines) if len(parts) == 5}


def test_imported_build_time_consts(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "lib" / "base.ts", 'export const BASE = "/static";\n')
    write(zigttp.cwd / "lib" / "config.ts", 'import { BASE } from "./base.ts";\n'
          'export const SIZES = comptime([16, 32].map((n) => `${BASE}/${n}.png`));\n')
    write(zigttp.cwd / "handler.ts", 'import { SIZES } from "./lib/config.ts";\n'
          "const ALL = comptime(SIZES.join(\";\"));\n"
          "export function handler(_req: Request): Response {\n  return Response.text(ALL);\n}\n")
    built = zigttp("build", "handler.ts")
    assert built.code == 0, built.err
    listing = zigttp("show", built.out.strip(), "comptime").out.splitlines()
    assert listing == [
        'handler.ts:2:13  comptime(SIZES.join(";"))',
        '  => "/static/16.png;/static/32.png"',
        "lib/config.ts:2:22  comptime([16, 32].map((n) => `${BASE}/${n}.png`))",
        '  => ["/static/16.png","/static/32.png"]',
    ]
    assert zigttp("run", "handler.ts").out.endswith("\n/static/16.png;/static/32.png\n")
    # Editing the imported module's exported value reruns the importer's comptime.
    write(zigttp.cwd / "lib" / "base.ts", 'export const BASE = "/assets";\n')
    rebuilt = zigttp("build", "handler.ts")
    assert rebuilt.code == 0
    assert zigttp("run", "handler.ts").out.endswith("\n/assets/16.png;/assets/32.png\n")


def test_errors_are_reported_with_typecheck_and_stop_the_build(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "bad.ts", "let n = 1;\nconst A = comptime(n + Math.random());\n"
          "export function handler(_req: Request): Response {\n  return Response.json(A);\n}\n")
    r = zigttp("build", "bad.ts")
    assert r.code == 1 and r.out == ""
    assert "error[ZT0601]: 'n' is not known at build time\n  --> bad.ts:2:20\n" in r.err
    assert "error[ZT0602]: 'Math.random' cannot be called at build time\n  --> bad.ts:2:24\n" in r.err
    assert "= help: comptime values must be reproducible; call Math.random() at run time instead" in r.err
    statuses = _statuses(r.err)
    assert statuses["comptime"] == "failed" and statuses["bytecode"] == "skipped"
    assert r.err.splitlines()[-2:] == ["2 errors", "build failed: bad.ts"]
