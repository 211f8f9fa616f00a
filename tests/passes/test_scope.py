"""Name resolution (SPEC §3.2, §3.1, §7.3, §9.1): bindings, flags and the ZT030x/ZT0605 diagnostics."""

from __future__ import annotations

import pytest
from parsetools import diags, parse
from zigttp.passes import jsast as A

MODULE_HELP = (
    "module state is read-only while requests are served; keep per-request values in local variables, "
    "or use zigttp:cache for state shared between requests"
)

PROGRAM = """\
import { env } from "zigttp:env";
let count = 0;
export const limit = 10;
export function handler(req: Request): Response {
  const xs = [1, 2];
  let total = 0;
  for (const x of xs) {
    const y = x;
    total += y;
    const f = () => x + limit;
  }
  return Response.json({ total, e: env("X"), h: helper(req) });
}
function helper(r: Request) { return r.path; }
count += 1;
"""


def bindings(parsed) -> dict[str, A.Binding]:
    return {b.name: b for b in parsed.module.bindings}


def test_bindings_and_flags() -> None:
    parsed = parse(PROGRAM)
    assert parsed.diagnostics == []
    b = bindings(parsed)
    assert [x.name for x in parsed.module.bindings] == [
        "env", "count", "limit", "handler", "helper", "req", "xs", "total", "x", "y", "f", "r",
    ]
    assert (b["env"].kind, b["env"].import_source, b["env"].import_name) == ("import", "zigttp:env", "env")
    assert (b["count"].kind, b["count"].reassigned, b["count"].function) == ("let", True, -1)
    assert (b["limit"].exported, b["limit"].captured) == (True, True)
    assert (b["handler"].kind, b["handler"].exported) == ("function", True)
    assert (b["req"].kind, b["req"].function) == ("param", 0)
    assert (b["total"].reassigned, b["total"].in_loop, b["total"].captured) == (True, False, False)
    assert (b["x"].in_loop, b["x"].captured) == (True, True)
    assert (b["y"].in_loop, b["y"].captured, b["y"].reassigned) == (True, False, False)
    assert b["r"].function == 2  # handler=0, the arrow in the loop=1, helper=2
    assert b["limit"].span == (3, 14, 3, 19)


def test_every_identifier_is_resolved() -> None:
    parsed = parse(PROGRAM)
    index = {b.name: i for i, b in enumerate(parsed.module.bindings)}
    seen: list[tuple[str, int]] = []

    def walk(node) -> None:
        if isinstance(node, A.Identifier):
            seen.append((node.name, node.binding))
        if isinstance(node, A.Node):
            for f in node.__dataclass_fields__:
                if f != "bindings":
                    walk(getattr(node, f))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(parsed.module)
    for name, binding in seen:
        assert binding == index.get(name, -1), name
    assert ("Response", -1) in seen
    assert seen.count(("x", index["x"])) == 3  # declared, read twice


def test_scope_ids_and_shadowing() -> None:
    parsed = parse("const a = 1;\n{ const a = 2; { const b = a; } }\nconst c = a;")
    assert parsed.diagnostics == []
    a_outer, c, a_inner, b = parsed.module.bindings  # a scope's names are registered when it is entered
    assert (a_outer.scope, c.scope, a_inner.scope, b.scope) == (0, 0, 1, 2)
    inner_block = parsed.module.body[1].body[1]
    assert inner_block.body[0].declarations[0].init.binding == 2
    assert parsed.module.body[2].declarations[0].init.binding == 0


def test_function_hoisting() -> None:
    assert diags("const v = f();\nfunction f() { return g(); }\nfunction g() { return 1; }") == []
    assert diags("{ h(); function h() {} }") == []


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("const a = b;\nconst b = 1;", [("ZT0302", "'b' is used before its declaration", 1, 11)]),
        ("let x = x + 1;", [("ZT0302", "'x' is used before its declaration", 1, 9)]),
        ("function f(a = b, b = 1) { return a; }", [("ZT0302", "'b' is used before its declaration", 1, 16)]),
        ("for (const x of x) {}", [("ZT0302", "'x' is used before its declaration", 1, 17)]),
        ("{ g(y); }\nlet y = 1;\nfunction g(v: number) { return v; }",
         [("ZT0302", "'y' is used before its declaration", 1, 5)]),
        ("let x = 1;\nlet x = 2;", [("ZT0303", "'x' is already declared in this scope", 2, 5)]),
        ("function f(a: number) { const a = 1; }", [("ZT0303", "'a' is already declared in this scope", 1, 31)]),
        ('import { a } from "./m";\nconst a = 1;', [("ZT0303", "'a' is already declared in this scope", 2, 7)]),
        ("function f() {}\nlet f = 1;", [("ZT0303", "'f' is already declared in this scope", 2, 5)]),
        ("const c = 1;\nc = 2;", [("ZT0304", "cannot assign to 'c' because it is a constant", 2, 1)]),
        ("const c = 1;\nc += 2;", [("ZT0304", "cannot assign to 'c' because it is a constant", 2, 1)]),
        ("let a = 1;\nconst c = 1;\n[a, c] = [c, a];",
         [("ZT0304", "cannot assign to 'c' because it is a constant", 3, 5)]),
        ('import { a } from "./m";\na = 1;', [("ZT0304", "cannot assign to imported binding 'a'", 2, 1)]),
        ("Math = 1;", [("ZT0304", "cannot assign to built-in 'Math'", 1, 1)]),
        ("undefined = 1;", [("ZT0304", "cannot assign to built-in 'undefined'", 1, 1)]),
        ("globalThis.x = 1;", [("ZT0304", "cannot assign to built-in 'globalThis.x'", 1, 1)]),
        ("Math.PI = 3;", [("ZT0304", "cannot assign to built-in 'Math.PI'", 1, 1)]),
        ("const v = nope;", [("ZT0301", "cannot find name 'nope'", 1, 11)]),
        ("let x = 1;\nconst v = y;", [("ZT0301", "cannot find name 'y'", 2, 11)]),
    ],
)
def test_name_errors(src: str, expected: list) -> None:
    assert diags(src) == expected


def test_did_you_mean() -> None:
    parsed = parse("const total = 1;\nconst v = totl + totall;\nconsle.log(v);\nconst w = xyz;")
    assert [(d.message, d.help) for d in parsed.diagnostics] == [
        ("cannot find name 'totl'", "did you mean 'total'?"),
        ("cannot find name 'totall'", "did you mean 'total'?"),
        ("cannot find name 'consle'", "did you mean 'console'?"),
        ("cannot find name 'xyz'", None),
    ]


def test_module_level_assignment_inside_a_function() -> None:
    parsed = parse("let n = 0;\nn = 1;\nfunction f() {\n  n += 1;\n  const g = () => { n = 2; };\n}")
    assert [(d.code, d.message, d.span[:2], d.help) for d in parsed.diagnostics] == [
        ("ZT0305", "cannot assign to module-level 'n' inside a function", (4, 3), MODULE_HELP),
        ("ZT0305", "cannot assign to module-level 'n' inside a function", (5, 21), MODULE_HELP),
    ]


def test_local_state_and_property_writes_are_fine() -> None:
    assert diags("const o = { x: 1 };\nfunction f() {\n  let n = 0;\n  n += 1;\n  o.x = n;\n}") == []


def test_virtual_module_function_without_import() -> None:
    parsed = parse('const d = sha256("x");')
    assert [(d.code, d.message, d.help, d.span) for d in parsed.diagnostics] == [
        ("ZT0306", "'sha256' is provided by \"zigttp:crypto\" and must be imported",
         'add: import { sha256 } from "zigttp:crypto";', (1, 11, 1, 17))
    ]
    assert diags('import { sha256 } from "zigttp:crypto";\nconst d = sha256("x");') == []


def test_comptime_only_names() -> None:
    assert diags('const h = hash("x");\nconst v = __VERSION__;\nconst e = Env.X;') == [
        ("ZT0605", "'hash' is only available inside comptime()", 1, 11),
        ("ZT0605", "'__VERSION__' is only available inside comptime()", 2, 11),
        ("ZT0605", "'Env' is only available inside comptime()", 3, 11),
    ]
    assert diags('const b = comptime(hash("x") + __VERSION__ + (Env.MODE ?? "") + __BUILD_TIME__);') == []


def test_reserved_names_cannot_be_declared() -> None:
    assert diags("let undefined = 1;\nfunction NaN() {}\nconst f = (Infinity: number) => 1;\n"
                 "const { globalThis } = {};\nconst comptime = 1;") == [
        ("ZT0303", "cannot declare 'undefined': it is a reserved name", 1, 5),
        ("ZT0303", "cannot declare 'NaN': it is a reserved name", 2, 10),
        ("ZT0303", "cannot declare 'Infinity': it is a reserved name", 3, 12),
        ("ZT0303", "cannot declare 'globalThis': it is a reserved name", 4, 9),
        ("ZT0303", "cannot declare 'comptime': it is a reserved name", 5, 7),
    ]


def test_typeof_undeclared_is_fine() -> None:
    assert diags('const t = typeof notDeclared === "undefined";') == []


def test_user_declarations_shadow_globals() -> None:
    parsed = parse("const console = { log: (x: unknown) => x };\nconsole.log(1);\nconst Math = 1;")
    assert parsed.diagnostics == []
    assert parsed.module.body[1].expression.callee.object.binding == 0


def test_type_only_imports_are_not_values() -> None:
    parsed = parse('import type { T } from "./t";\nimport { type U, v } from "./t";\nconst x: T = v;')
    assert parsed.diagnostics == []
    assert [b.name for b in parsed.module.bindings] == ["v", "x"]


THUNK_HELP = "thunks may only perform outbound HTTP and pure computation; do this before or after parallel()"


def test_parallel_thunk_rules() -> None:
    src = (
        'import { parallel, race } from "zigttp:io";\n'
        'import { env } from "zigttp:env";\n'
        'import { cacheGet as cg } from "zigttp:cache";\n'
        'import { sha256 } from "zigttp:crypto";\n'
        "export function handler(req: Request): Response {\n"
        "  let n = 0;\n"
        '  const t2 = () => { n = 1; return env("X"); };\n'
        "  const [a, b] = parallel([\n"
        '    () => fetchSync("https://x/" + sha256("a")),\n'
        '    () => { let k = 1; k += 1; return cg("ns", "k"); },\n'
        "    t2,\n"
        "  ]);\n"
        "  const c = race([() => parallel([])]);\n"
        "  return Response.json({ a, b, c });\n"
        "}"
    )
    parsed = parse(src)
    assert [(d.code, d.message, d.span[:2], d.help) for d in parsed.diagnostics] == [
        ("ZT0312", "a parallel() thunk cannot assign to 'n', which is declared outside it", (7, 22), None),
        ("ZT0312", "'env' cannot be called inside a parallel() thunk", (7, 36), THUNK_HELP),
        ("ZT0312", "'cacheGet' cannot be called inside a parallel() thunk", (10, 39), THUNK_HELP),
        ("ZT0312", "'parallel' cannot be called inside a parallel() thunk", (13, 25), THUNK_HELP),
    ]


def test_functions_not_passed_to_parallel_are_unrestricted() -> None:
    src = (
        'import { env } from "zigttp:env";\n'
        "let n = 0;\n"
        'const f = () => env("X");\n'
        "n = 1;\n"
    )
    assert parse(src).diagnostics == []
