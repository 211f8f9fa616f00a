"""typecheck and boolcheck through the real `zigttp` command: JSON and text diagnostics, the barrier after
boolcheck (SPEC §1.4), and `zigttp show <hash> typecheck|boolcheck`."""

from __future__ import annotations

import json

from tests.conftest import Zigttp, write

SOURCE = """\
export function handler(req: Request): Response {
  const n: number = "x";
  if (req.body) {
    return Response.text("body");
  }
  return Response.text(n);
}
"""


def test_json_diagnostics_and_barrier(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "handler.ts", SOURCE)
    r = zigttp("build", "handler.ts", "--diagnostics", "json")
    assert r.code == 1
    assert r.out == ""
    records = [json.loads(line) for line in r.err.splitlines()]
    assert records == [
        {"file": "handler.ts", "line": 2, "col": 21, "endLine": 2, "endCol": 24, "severity": "error",
         "code": "ZT0401", "message": "type 'string' is not assignable to type 'number'", "help": None, "notes": []},
        {"file": "handler.ts", "line": 6, "col": 24, "endLine": 6, "endCol": 25, "severity": "error",
         "code": "ZT0402", "message": "argument of type 'number' is not assignable to parameter of type 'string'",
         "help": None, "notes": []},
        {"file": "handler.ts", "line": 3, "col": 7, "endLine": 3, "endCol": 15, "severity": "error",
         "code": "ZT0501", "message": "non-boolean value (string | undefined) in 'if' condition",
         "help": "check for absence explicitly: 'req.body !== undefined'", "notes": []},
    ]


def test_text_diagnostics_and_progress(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "handler.ts", SOURCE)
    r = zigttp("build", "handler.ts")
    assert r.code == 1
    assert "  typecheck  failed\n" in r.err
    assert "  boolcheck  failed\n" in r.err
    assert "  bytecode   skipped\n" in r.err
    assert "error[ZT0409]" not in r.err
    assert (
        "error[ZT0501]: non-boolean value (string | undefined) in 'if' condition\n"
        "  --> handler.ts:3:7\n"
        "   |\n"
        " 3 |   if (req.body) {\n"
        "   |       ^^^^^^^^\n"
        "   = help: check for absence explicitly: 'req.body !== undefined'\n"
    ) in r.err
    assert r.err.endswith("3 errors\nbuild failed: handler.ts\n")


def test_possibly_undefined_help(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "handler.ts", "export function handler(req: Request): Response {\n"
                                     "  return Response.text(req.query.name.trim());\n}\n")
    r = zigttp("build", "handler.ts", "--diagnostics", "json")
    (record,) = [json.loads(line) for line in r.err.splitlines()]
    assert (record["code"], record["line"], record["col"], record["message"], record["help"]) == (
        "ZT0409", 2, 24, "'req.query.name' is possibly undefined",
        "check 'req.query.name !== undefined' first, or use '?.'")


def test_nominal_help(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "handler.ts", "interface Greeter {\n  greet(name: string): string;\n}\n"
                                     "function use(g: Greeter): string {\n  return g.greet(\"a\");\n}\n"
                                     "export function handler(_req: Request): Response {\n"
                                     "  return Response.text(use({ greet: (n) => n }));\n}\n")
    r = zigttp("build", "handler.ts", "--diagnostics", "json")
    (record,) = [json.loads(line) for line in r.err.splitlines()]
    assert record["code"] == "ZT0402"
    assert record["help"] == ("'Greeter' is a nominal interface (all members are functions); only values declared "
                              "with type 'Greeter' are assignable")


def test_warning_does_not_fail_the_build(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "handler.ts", "export function handler(req: Request): Response {\n"
                                     "  return Response.text(req.path ?? \"/\");\n}\n")
    r = zigttp("build", "handler.ts")
    assert r.code == 0, r.err
    assert "warning[ZT0502]: left side of '??' is never undefined" in r.err


def test_show_typecheck_and_boolcheck(zigttp: Zigttp) -> None:
    write(zigttp.cwd / "lib.ts", "export type Pair = [string, number];\nexport const pair: Pair = [\"a\", 1];\n")
    write(zigttp.cwd / "handler.ts", "import { pair } from \"./lib\";\nconst LIMIT = 3;\n"
                                     "export function handler(req: Request): Response {\n"
                                     "  return Response.json({ ok: req.path.length < LIMIT, pair });\n}\n")
    r = zigttp("build", "handler.ts")
    assert r.code == 0, r.err
    artifact = r.out.strip()
    shown = zigttp("show", artifact[:12], "typecheck")
    assert shown.code == 0, shown.err
    assert shown.out == ("== lib.ts ==\npair: [string, number]\ntype Pair: [string, number]\n"
                         "== handler.ts ==\npair: [string, number]\nLIMIT: 3\nhandler: (req: Request) => Response\n")
    shown = zigttp("show", artifact[:12], "boolcheck", "--json")
    assert json.loads(shown.out) == [{"path": "lib.ts", "contexts": []}, {"path": "handler.ts", "contexts": []}]
