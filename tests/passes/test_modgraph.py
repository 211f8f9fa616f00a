"""Module graph (SPEC §3.1, §1.3): specifier resolution, evaluation order, ZT0310 and ZT0311."""

from __future__ import annotations

import pytest
from zigttp.passes.frontend import ParsedModule, link, parse_module, resolve_specifier
from zigttp.passes.modgraph import VIRTUAL_EXPORTS


def build(files: dict[str, str], entry: str, script: bool = False):
    """Parse every reachable file like the pipeline driver does; returns (order, diagnostics)."""
    modules: dict[str, ParsedModule] = {}
    edges: dict[str, list] = {}
    diags = []
    pending = [entry]
    while pending:
        path = pending.pop(0)
        if path in modules:
            continue
        parsed = parse_module(files[path].encode(), path)
        assert parsed.diagnostics == [], (path, parsed.diagnostics)
        modules[path] = parsed
        edges[path] = []
        for request in parsed.imports:
            target, diag = resolve_specifier(path, request.specifier, request.span, lambda p: p in files)
            if diag is not None:
                diags.append(diag)
                continue
            edges[path].append((request, target))
            if not target.startswith("zigttp:"):
                pending.append(target)
    result = link(entry, modules, edges, script=script)
    return result.order, diags + result.diagnostics


def exists_in(*paths: str):
    return lambda p: p in paths


SPAN = (1, 20, 1, 28)


@pytest.mark.parametrize(
    ("importer", "spec", "files", "expected"),
    [
        ("handler.ts", "./util", ["util.ts", "util.js"], "util.ts"),
        ("handler.ts", "./util", ["util.tsx", "util.js"], "util.tsx"),
        ("handler.ts", "./util", ["util.jsx"], "util.jsx"),
        ("handler.ts", "./util.js", ["util.ts", "util.js"], "util.js"),
        ("handler.ts", "./lib/util", ["lib/util.ts"], "lib/util.ts"),
        ("lib/util.ts", "../shared", ["shared.ts"], "shared.ts"),
        ("lib/util.ts", "./deep/../x", ["lib/x.ts"], "lib/x.ts"),
        ("handler.ts", "../outside", ["../outside.ts"], "../outside.ts"),
        ("handler.ts", "./data.json", ["data.json.ts"], "data.json.ts"),
        ("handler.ts", "zigttp:crypto", [], "zigttp:crypto"),
    ],
)
def test_resolution(importer: str, spec: str, files: list, expected: str) -> None:
    assert resolve_specifier(importer, spec, SPAN, exists_in(*files)) == (expected, None)


@pytest.mark.parametrize(
    ("spec", "message", "help"),
    [
        ("./util", "cannot find module './util'", "tried ./util.ts, ./util.tsx, ./util.js, ./util.jsx"),
        ("./util.ts", "cannot find module './util.ts'", "tried ./util.ts"),
        ("zigttp:foo", "unknown module 'zigttp:foo'",
         "available modules: zigttp:env, zigttp:crypto, zigttp:router, zigttp:auth, zigttp:validate, "
         "zigttp:cache, zigttp:io"),
        ("lodash", "'lodash' cannot be imported",
         'only "zigttp:*" modules and relative files such as "./util" can be imported'),
        ("/abs/path", "'/abs/path' cannot be imported",
         'only "zigttp:*" modules and relative files such as "./util" can be imported'),
    ],
)
def test_resolution_errors(spec: str, message: str, help: str) -> None:
    target, diag = resolve_specifier("handler.ts", spec, SPAN, exists_in())
    assert target is None
    assert (diag.code, diag.message, diag.help, diag.file, diag.span) == ("ZT0310", message, help, "handler.ts", SPAN)


def test_evaluation_order_is_depth_first_in_import_order() -> None:
    files = {
        "handler.ts": 'import { a } from "./a";\nimport { b } from "./b";\nexport function handler() { return a + b; }',
        "a.ts": 'import { c } from "./lib/c";\nexport const a = c;',
        "b.ts": 'import { c } from "./lib/c";\nimport { d } from "./d";\nexport const b = c + d;',
        "lib/c.ts": 'import { env } from "zigttp:env";\nexport const c = 1;',
        "d.ts": "export const d = 2;",
    }
    order, diags = build(files, "handler.ts")
    assert diags == []
    assert order == ["lib/c.ts", "a.ts", "d.ts", "b.ts", "handler.ts"]


def test_cycle() -> None:
    files = {
        "a.ts": 'import { b } from "./b";\nexport const a = 1;\nexport function handler() { return b; }',
        "b.ts": 'import { a } from "./a";\nexport const b = a;',
    }
    _, diags = build(files, "a.ts")
    assert [(d.code, d.message, d.help, d.file, d.span[:2]) for d in diags] == [
        ("ZT0310", "circular import: a.ts -> b.ts -> a.ts", "move the shared declarations into a third module",
         "b.ts", (1, 19))
    ]


def test_missing_exports() -> None:
    files = {
        "handler.ts": (
            'import { md5, sha256 } from "zigttp:crypto";\n'
            'import { helper, nope, type T } from "./util";\n'
            "export function handler() { return helper(); }"
        ),
        "util.ts": "export function helper() { return 1; }\nexport const x = 1;\nexport type T = string;",
    }
    _, diags = build(files, "handler.ts")
    assert [(d.message, d.help, d.span[:2]) for d in diags] == [
        ("module 'zigttp:crypto' has no export 'md5'",
         "available exports: " + ", ".join(VIRTUAL_EXPORTS["zigttp:crypto"]), (1, 10)),
        ("module './util' has no export 'nope'", "available exports: helper, x, T", (2, 18)),
    ]


def test_virtual_module_exports_match_the_spec() -> None:
    assert VIRTUAL_EXPORTS["zigttp:crypto"][:3] == ["sha256", "hmacSha256", "base64Encode"]
    assert sum(len(v) for v in VIRTUAL_EXPORTS.values()) == 28


HANDLER_FORMS = [
    ("export function handler(req: Request): Response { return Response.json(1); }", []),
    ("function handler() { return Response.json(1); }", []),
    ("export const handler = (req: Request) => Response.json(1);", []),
    ("let handler = () => Response.json(1);", []),
    ('import { handler } from "./impl";', []),
    ("export function handler(a: Request, b: number) { return Response.json(1); }",
     [("the handler takes one parameter (the request), found 2", (1, 17))]),
    ("const handler = (a: Request, b: number, c: number) => Response.json(1);",
     [("the handler takes one parameter (the request), found 3", (1, 7))]),
    ('import { two as handler } from "./impl";',
     [("the handler takes one parameter (the request), found 2", (1, 17))]),
    ("export function main() { return 1; }", [("no handler found in 'handler.ts'", (0, 0))]),
    ("const handler = 42;", [("no handler found in 'handler.ts'", (1, 7))]),
]


@pytest.mark.parametrize(("src", "expected"), HANDLER_FORMS)
def test_handler_forms(src: str, expected: list) -> None:
    files = {
        "handler.ts": src,
        "impl.ts": "export function handler(req: Request) { return Response.json(1); }\n"
        "export function two(a: Request, b: number) { return Response.json(1); }",
    }
    _, diags = build(files, "handler.ts")
    assert [(d.message, d.span[:2]) for d in diags if d.code == "ZT0311"] == expected
    assert all(d.code == "ZT0311" for d in diags)


def test_script_mode_needs_no_handler() -> None:
    order, diags = build({"main.js": "console.log(1);"}, "main.js", script=True)
    assert (order, diags) == (["main.js"], [])


def test_parsed_module_summary() -> None:
    parsed = parse_module(
        b'import { a, type T } from "./a";\nexport const { x, y: [z] } = o;\nexport let w = 1;\n'
        b"export function f() {}\nexport type U = string;\nexport interface I {}\nconst o = {};",
        "lib/m.ts",
    )
    assert parsed.exports == ["x", "z", "w", "f"]
    assert parsed.type_exports == ["U", "I"]
    assert [(n.imported, n.local, n.type_only) for n in parsed.imports[0].names] == [
        ("a", "a", False), ("T", "T", True)
    ]
    assert parsed.imports[0].span == (1, 27, 1, 32)
    assert parsed.handler is None


@pytest.mark.parametrize(
    ("data", "path", "message"),
    [
        (b"\xff\xfe", "h.ts", "file is not valid UTF-8"),
        (b"x", "h.json", "unsupported file extension '.json'"),
        (b" " * (10 * 1024 * 1024 + 1), "h.ts", "file is larger than 10 MiB"),
    ],
)
def test_unreadable_files(data: bytes, path: str, message: str) -> None:
    parsed = parse_module(data, path)
    assert parsed.module is None
    assert [(d.code, d.message) for d in parsed.diagnostics] == [("ZT0001", message)]


def test_inline_code_is_javascript() -> None:
    parsed = parse_module(b"const a: number = 1;", "<inline>")
    assert [d.message for d in parsed.diagnostics] == ["'type annotation' is not supported in .js files"]


def test_unsupported_handler_forms_do_not_cascade_into_zt0311() -> None:
    for src in ("export const handler = async (req: Request) => Response.json(1);",
                "export async function handler(req: Request) { return Response.json(1); }",
                "export default function handler(req: Request) { return Response.json(1); }"):
        parsed = parse_module(src.encode(), "handler.ts")
        assert [d.code for d in parsed.diagnostics] == ["ZT0200"]
        assert link("handler.ts", {"handler.ts": parsed}, {"handler.ts": []}, script=False).diagnostics == []
