"""Parser: every construct of SPEC §3 round-trips (parse -> print fully parenthesised -> reparse), and the
printed form shows the tree's structure."""

from __future__ import annotations

import pytest
from parsetools import clean, diags, expr, parse, roundtrip
from zigttp.passes import jsast as A

EXPRESSIONS = [
    # precedence table §3.9
    ("a + b * c", "(a + (b * c))"),
    ("a * b + c", "((a * b) + c)"),
    ("a - b - c", "((a - b) - c)"),
    ("a ** b ** c", "(a ** (b ** c))"),
    ("(-2) ** 2", "((-2) ** 2)"),
    ("2 ** -1", "(2 ** (-1))"),
    ("a % b / c", "((a % b) / c)"),
    ("a << b + c", "(a << (b + c))"),
    ("a >>> b >> c", "((a >>> b) >> c)"),
    ("a < b === c > d", "((a < b) === (c > d))"),
    ("a <= b !== c >= d", "((a <= b) !== (c >= d))"),
    ("k in o === true", "((k in o) === true)"),
    ("a & b ^ c | d", "((a & b) ^ c) | d".join(["(", ")"])),
    ("a || b && c", "(a || (b && c))"),
    ("a ?? b ?? c", "((a ?? b) ?? c)"),
    ("(a || b) ?? c", "((a || b) ?? c)"),
    ("a ?? (b && c)", "(a ?? (b && c))"),
    ("a ? b : c ? d : e", "(a ? b : (c ? d : e))"),
    ("a ? b = 1 : c", "(a ? (b = 1) : c)"),
    ("!a && ~b", "((!a) && (~b))"),
    ("-a + +b", "((-a) + (+b))"),
    ("typeof a === 'string'", '((typeof a) === "string")'),
    ("!!a", "(!(!a))"),
    # assignment
    ("a = b = c", "(a = (b = c))"),
    ("a += b *= 2", "(a += (b *= 2))"),
    ("a **= 2", "(a **= 2)"),
    ("a >>>= 1", "(a >>>= 1)"),
    ("a &&= b", "(a &&= b)"),
    ("a ||= b", "(a ||= b)"),
    ("a ??= b", "(a ??= b)"),
    ("o.p = 1", "(o.p = 1)"),
    ("o[k] += 1", "(o[k] += 1)"),
    ("[a, b] = [b, a]", "([a, b] = [b, a])"),
    ("[a, , b = 1, [c], ...d] = e", "([a, , b = 1, [c], ...d] = e)"),
    ("({ a, b: { c = 1 }, d: o.x, ...r } = s)", "({ a, b: { c = 1 }, d: o.x, ...r } = s)"),
    # pipe §3.10
    ("x |> f", "(x |> f)"),
    ("x |> f |> g", "((x |> f) |> g)"),
    ("x |> f(1)", "(x |> f(1))"),
    ("a ? b : c |> f", "((a ? b : c) |> f)"),
    ("y = x |> f", "(y = (x |> f))"),
    ("x |> (v) => v + 1 |> g", "(x |> ((v) => ((v + 1) |> g)))"),
    ("x |> ((v) => v + 1) |> g", "((x |> ((v) => (v + 1))) |> g)"),
    ("a ?? b |> f", "((a ?? b) |> f)"),
    # members, calls, optional chains
    ("a.b.c", "a.b.c"),
    ("a[b][0]", "a[b][0]"),
    ("a.if.class.new", "a.if.class.new"),
    ("f(a, ...b, c)", "f(a, ...b, c)"),
    ("f()()", "f()()"),
    ("a?.b", "chain(a?.b)"),
    ("a?.b.c(d)", "chain(a?.b.c(d))"),
    ("a?.[k]", "chain(a?.[k])"),
    ("f?.(x)", "chain(f?.(x))"),
    ("a?.b?.c", "chain(a?.b?.c)"),
    ("(a?.b).c", "chain(a?.b).c"),
    ("a?.b + c", "(chain(a?.b) + c)"),
    ("f<number>(x)", "f<number>(x)"),
    ("f<Record<string, number[]>>(x)", "f<Record<string, number[]>>(x)"),
    ("a < b > c", "((a < b) > c)"),
    ("a < b && c > d", "((a < b) && (c > d))"),
    # literals
    ("[a, , b, ...c]", "[a, , b, ...c]"),
    ("[, ]", "[,]"),
    ("[a, ]", "[a]"),
    ("`a${b}c${`d${e}`}`", "`a${b}c${`d${e}`}`"),
    ("1.50", "1.5"),
    ("0x10", "16"),
    ("'it\\'s'", '"it\'s"'),
    ("true", "true"),
    ("undefined", "undefined"),
    # arrows
    ("x => x", "((x) => x)"),
    ("(x) => ({ k: x })", "((x) => ({ k: x }))"),
    ("() => {}", "(() => {})"),
    ("(a, b = 1, ...rest) => a", "((a, b = 1, ...rest) => a)"),
    ("([a, b], { c }) => a", "(([a, b], { c }) => a)"),
    ("(x: number, y?: string): number => x", "((x: number, y?: string): number => x)"),
    ("<T>(x: T): T => x", "(<T>(x: T): T => x)"),
    ("<T extends string = 'a'>(x: T) => x", '(<T extends string = "a">(x: T) => x)'),
    ("a => b => c", "((a) => ((b) => c))"),
    ("c ? x => 1 : y => 2", "(c ? ((x) => 1) : ((y) => 2))"),
    # match §3.11
    ("match (x) { when 1: a when 'b': b, when -2: c default: d }",
     'match (x) { when 1: a, when "b": b, when -2: c, default: d }'),
    ("match (r) { when { method: 'GET', path: '/x' }: 1, when [_, true, undefined]: 2, when _: 3 }",
     'match (r) { when { method: "GET", path: "/x" }: 1, when [_, true, undefined]: 2, when _: 3 }'),
    ("match (x) { when { 'a-b': { c: [] } }: 1 }", 'match (x) { when { "a-b": { c: [] } }: 1 }'),
    ("match (x) { when 1: match (y) { default: 2 } }", "match (x) { when 1: match (y) { default: 2 } }"),
    ("match (x) { when 1: (v) => v |> f }", "match (x) { when 1: ((v) => (v |> f)) }"),
    ("match(a)", "match(a)"),
    ("match.x", "match.x"),
    # comptime is a call
    ("comptime([1, 2].map((n) => n * n))", "comptime([1, 2].map(((n) => (n * n))))"),
]


@pytest.mark.parametrize(("src", "printed"), EXPRESSIONS)
def test_expression_round_trip(src: str, printed: str) -> None:
    assert expr(src) == printed


OBJECTS = [
    ("const o = { a, 'b-c': 2, 3: x, [k]: v, ...s, f(x) { return x; } };",
     'const o = { a, "b-c": 2, "3": x, [k]: v, ...s, f(x) { return x; } };'),
    ("const o = { if: 1, class: 2, 1.5: 3, 1e21: 4, '': 5 };",
     'const o = { if: 1, class: 2, "1.5": 3, "1e+21": 4, "": 5 };'),
    ("const o = { f<T>(x: T): T { return x; } };", "const o = { f<T>(x: T): T { return x; } };"),
]


@pytest.mark.parametrize(("src", "printed"), OBJECTS)
def test_object_literals(src: str, printed: str) -> None:
    assert roundtrip("const a = 1, k = 'k', v = 2, s = {}, x = 3;\n" + src).split("\n")[1] == printed


STATEMENTS = [
    "let x;",
    "let x = 1, y = 2;",
    "const [a, , b = 1, ...c] = d;",
    "const { a, b: { c }, d = 1, ...e } = f;",
    "const { [k]: v } = o;",
    "function f(a, b = 1, ...rest) { return a; }",
    "function f({ a, b }, [c]) { return; }",
    "function f<T extends object>(x: T): T { return x; }",
    "if (a) { b(); }",
    "if (a) b(); else if (c) d(); else { e(); }",
    "for (const x of xs) { f(x); }",
    "for (let [k, v] of Object.entries(o)) f(k);",
    "for (const { a, b } of xs) {}",
    "switch (x) { case 1: case 2: return 1; case 3: { return 2; } default: return 3; }",
    "switch (x) { default: case 1: return 1; }",
    "{ const a = 1; }",
    ";",
    'import { a, b as c, type T } from "./m";',
    'import type { T, U } from "./types";',
    'import { if as iff, default as d } from "./m";',
    "export function handler(req: Request): Response { return Response.json({}); }",
    "export const a = 1, b = 2;",
    "export let c;",
    "type A<T = string> = { a: T; b?: number; readonly c: string[]; m(x: T): void; [k: string]: unknown };",
    "type U = \"a\" | \"b\" | 404 | -1 | true | undefined;",
    "type F = (a: string, ...rest: number[]) => void;",
    "type G = <T>(x: T) => T;",
    "type T = [string, number?];",
    "type R = readonly string[];",
    "type Q = typeof x.y;",
    "type K = keyof A;",
    "type P = (A | B)[];",
    "type I = A & { b: string };",
    "type N = JSX.Element | Array<Record<string, Partial<A>>>;",
    "export interface I<T> extends A, B<T> { a: T; m?(x: number): string }",
    "interface Empty {}",
]


@pytest.mark.parametrize("src", STATEMENTS)
def test_statement_round_trip(src: str) -> None:
    parsed = parse(src)
    assert [d for d in parsed.diagnostics if d.code not in ("ZT0301", "ZT0302", "ZT0102")] == []
    from parsetools import unparse

    printed = unparse(parsed.module)
    again = parse(printed)
    assert unparse(again.module) == printed


def test_statement_shapes() -> None:
    out = roundtrip(
        "const xs = [1];\n"
        "function f(x: number): number {\n"
        "  if (x > 1) {\n    return x;\n  } else {\n    return 0;\n  }\n}\n"
        "for (const x of xs) f(x);\n"
    )
    assert out == (
        "const xs = [1];\n"
        "function f(x: number): number { if ((x > 1)) { return x; } else { return 0; } }\n"
        "for (const x of xs) f(x);"
    )


def test_leading_union_and_intersection_bars() -> None:
    assert roundtrip("type A =\n  | 'a'\n  | 'b';\ntype B = & { a: 1 };") == 'type A = ("a" | "b");\ntype B = { a: 1 };'


def test_tsx_generic_arrow_needs_comma() -> None:
    parsed = clean("const id = <T,>(x: T): T => x;\nconst e = <div />;", "t.tsx")
    fn = parsed.module.body[0].declarations[0].init
    assert isinstance(fn, A.Function) and [p.name for p in fn.type_params] == ["T"]
    assert isinstance(parsed.module.body[1].declarations[0].init, A.JSXElement)


def test_function_source_and_names() -> None:
    src = "const f = (a) => a + 1;\nconst o = { g: () => 1, m(x) { return x; } };\nfunction h() { return 2; }"
    parsed = clean(src, "t.js")
    f = parsed.module.body[0].declarations[0].init
    assert (f.name, f.source, f.is_arrow) == ("f", "(a) => a + 1", True)
    g, m = (p.value for p in parsed.module.body[1].declarations[0].init.properties)
    assert (g.name, g.source) == ("g", "() => 1")
    assert (m.name, m.source, m.is_method) == ("m", "m(x) { return x; }", True)
    h = parsed.module.body[2].function
    assert (h.name, h.source, h.name_id.name) == ("h", "function h() { return 2; }", "h")


def test_spans_cover_the_exact_sub_expression() -> None:
    parsed = clean("const f = (n: number) => ({ x: n });\nconst v = (1 + 2) * f(3)?.x;")
    init = parsed.module.body[1].declarations[0].init
    assert init.span == (2, 11, 2, 28)
    assert init.left.span == (2, 12, 2, 17)
    assert init.right.span == (2, 21, 2, 28)
    assert isinstance(init.right, A.Chain)
    assert parsed.module.body[1].span == (2, 1, 2, 29)


def test_node_kinds() -> None:
    parsed = clean("const o = {};\nconst a = [1, , ...o];\nconst t = `x`;\nconst b = o?.p;", "t.js")
    arr = parsed.module.body[1].declarations[0].init
    assert [type(e).__name__ for e in arr.elements] == ["NumberLit", "Hole", "Spread"]
    assert isinstance(parsed.module.body[2].declarations[0].init, A.TemplateLit)
    chain = parsed.module.body[3].declarations[0].init
    assert isinstance(chain, A.Chain) and chain.expression.optional


# -- syntax errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("const a = 1 ?? 2 || 3;", [("ZT0102", "cannot mix '??' with '&&' or '||' without parentheses", 1, 13)]),
        ("const a = 1 && 2 ?? 3;", [("ZT0102", "cannot mix '??' with '&&' or '||' without parentheses", 1, 18)]),
        ("const a = -2 ** 2;", [("ZT0102", "a unary expression cannot be the left operand of '**'", 1, 11)]),
        ("const a;", [("ZT0102", "'const' declarations must be initialized", 1, 7)]),
        ("return 1;", [("ZT0102", "'return' outside of function", 1, 1)]),
        ("const a = (1;", [("ZT0102", "expected ')'", 1, 13)]),
        ("const a = ;", [("ZT0102", "unexpected ';'", 1, 11)]),
        ("f(a b);", [("ZT0102", "expected ','", 1, 5)]),
        ("const a = 1;\n}", [("ZT0102", "unexpected '}'", 2, 1)]),
        ("function f() { import { a } from './m'; }",
         [("ZT0102", "'import' declarations are only allowed at the top level of a module", 1, 16)]),
        ("const class = 1;", [("ZT0102", "'class' is a reserved word and cannot be used as a name", 1, 7)]),
        ("const o = { a = 1 };", [("ZT0102", "unexpected '='", 1, 15)]),
        ("1 = 2;", [("ZT0102", "invalid assignment target", 1, 1)]),
        ("const a = (", [("ZT0102", "unexpected end of input", 1, 12)]),
    ],
)
def test_syntax_errors(src: str, expected: list) -> None:
    assert diags(src, "t.js") == expected


def test_every_error_in_a_file_is_reported_without_cascades() -> None:
    src = (
        "var a = 1;\n"  # 1 var
        "function f(x) {\n"
        "  const y = (x;\n"  # 3 syntax error, recovered at the statement
        "  while (x) {}\n"  # 4 while
        "  return y;\n"
        "}\n"
        "const b = a == 1;\n"  # 7 ==
        "try { f(1); } catch (e) { g(e); }\n"  # 8 try (its body is not checked further)
        "const c = undefinedName;\n"  # 9 ZT0301
        "const d = { x: 1 ;\n"  # 10 syntax
        "let e = 1;\n"
        "e++;\n"  # 12 ++
    )
    assert [(c, ln) for c, _, ln, _ in diags(src, "t.js")] == [
        ("ZT0200", 1), ("ZT0102", 3), ("ZT0200", 4), ("ZT0200", 7), ("ZT0200", 8), ("ZT0301", 9),
        ("ZT0102", 10), ("ZT0200", 12),
    ]


# -- switch §3.4 --------------------------------------------------------------------------------------------

FALL = "end the case with a 'return' statement; 'break' and fall-through are not supported"


def switch_diags(body: str) -> list:
    parsed = parse(f"function f(x: number): number {{\n  switch (x) {{\n{body}\n  }}\n  return 0;\n}}")
    return [(d.code, d.message, d.span[0], d.help) for d in parsed.diagnostics]


def test_switch_rules() -> None:
    ok = (
        "    case 1:\n    case 2: return 1;\n"
        "    case 3: { return 2; }\n"
        "    case 4: if (x > 4) { return 1; } else { return 2; }\n"
        "    case 5: switch (x) { case 5: return 5; default: return 6; }\n"
        "    default: return 3;"
    )
    assert switch_diags(ok) == []
    assert switch_diags("    case 1: f(x);\n    case 2: return 1;") == [
        ("ZT0104", "case body falls through to the next case", 3, FALL)
    ]
    assert switch_diags("    case 1: if (x > 1) { return 1; }\n    default: return 2;") == [
        ("ZT0104", "case body falls through to the next case", 3, FALL)
    ]
    assert switch_diags("    case 1: return 1;\n    case 3:") == [
        ("ZT0104", "empty case at the end of a switch", 4, None)
    ]
    assert switch_diags("    case 1: switch (x) { case 1: return 1; }") == [
        ("ZT0104", "case body falls through to the next case", 3, FALL)
    ]


def test_break_in_a_case_reports_only_break() -> None:
    assert [c for c, _, _, _ in switch_diags("    case 1: f(x); break;\n    default: return 1;")] == ["ZT0200"]


# -- match §3.11 --------------------------------------------------------------------------------------------


def test_match_errors() -> None:
    assert diags("const v = match (1) { default: 1, when 2: 2 };") == [
        ("ZT0105", "a catch-all arm must be the last arm of a match", 1, 23)
    ]
    assert diags("const v = match (1) { when _: 1, when 2: 2 };") == [
        ("ZT0105", "a catch-all arm must be the last arm of a match", 1, 23)
    ]
    assert diags("const v = match (1) {};") == [("ZT0105", "match expression has no arms", 1, 11)]
    assert diags("const a = 1;\nconst v = match (1) { when a: 1, when 2: 2 };") == [
        ("ZT0105", "expected a pattern (literal, '_', object pattern or array pattern)", 2, 28)
    ]


def test_match_as_identifier() -> None:
    parsed = clean(
        'import { routerMatch } from "zigttp:router";\n'
        "export function handler(req: Request): Response {\n"
        "  const match = routerMatch({}, req);\n"
        "  return match === undefined ? Response.json(1) : Response.json(2);\n"
        "}"
    )
    assert parsed.module.body[1].function.body.body[0].declarations[0].target.name == "match"


# -- range ---------------------------------------------------------------------------------------------------


def test_range_literal_zero_step() -> None:
    assert diags("for (const i of range(0, 10, 0)) {}") == [("ZT0108", "range() step must not be zero", 1, 30)]
    assert diags("for (const i of range(0, 10, -0)) {}") == [("ZT0108", "range() step must not be zero", 1, 30)]
    assert diags("const s = 0;\nfor (const i of range(0, 10, s)) {}") == []
    assert diags("function range(a: number, b: number, c: number) { return [a, b, c]; }\nrange(1, 2, 0);") == []


# -- limits and odd inputs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "src",
    [
        "const v = " + "(" * 300 + "1" + ")" * 300 + ";",
        "const v = " + "[" * 300 + "]" * 300 + ";",
        "const v = " + "!" * 1000 + "true;",
        "{" * 300 + "}" * 300,
        "type T = " + "Array<" * 300 + "number" + ">" * 300 + ";",
        "const v = " + "f(" * 300 + ")" * 300 + ";",
    ],
)
def test_deep_nesting_is_a_diagnostic(src: str) -> None:
    messages = [m for _, m, _, _ in diags(src)]
    assert messages[0] == "nesting is too deep (more than 256 levels)"


def test_long_flat_chains_are_fine() -> None:
    assert diags("const v = 1" + " + 1" * 1000 + ";") == []


def test_astral_property_names_are_utf16() -> None:
    parsed = clean("const o = { 𝑥: 1 };\nconst v = o.𝑥;")
    prop = parsed.module.body[0].declarations[0].init.properties[0]
    assert prop.key == "\ud835\udc65"
    assert parsed.module.body[1].declarations[0].init.prop == "\ud835\udc65"
    assert parsed.module.bindings[0].name == "o"


def test_function_ids_are_preorder_in_source_order() -> None:
    from zigttp.passes.scope import preorder_functions

    parsed = clean("const { a = () => 1 } = { a: () => 2 };\nfunction f(x = () => 3) { const y = () => x; }")
    fns = preorder_functions(parsed.module)
    assert [fn.source for fn in fns] == ["() => 1", "() => 2", "function f(x = () => 3) { const y = () => x; }",
                                         "() => 3", "() => x"]
    y = next(b for b in parsed.module.bindings if b.name == "y")
    assert y.function == 2


RECOVERY = """\
const o = {
  a: 1
  b: 2,
  m() {
    return 1;
  }
};
let z = 1;
if (z { f(); }
let q = 2;
foo(a b, () => {
  return 1;
});
const d = { x: 1 ;
let e = 1;
e++;
function g() {
  const y = (z;
  while (z) {}
  return y;
}
const t = `a${ 1 + }b`;
let w = q + e + d + t + o;
"""


def test_recovery_skips_exactly_the_broken_statement() -> None:
    assert [(c, m, ln) for c, m, ln, _ in diags(RECOVERY)] == [
        ("ZT0102", "expected ','", 3),
        ("ZT0102", "expected ')'", 9),
        ("ZT0102", "expected ','", 11),
        ("ZT0102", "expected ','", 14),
        ("ZT0200", "'++' is not supported", 16),
        ("ZT0102", "expected ')'", 18),
        ("ZT0200", "'while' is not supported", 19),
        ("ZT0102", "unexpected '}'", 22),
    ]


@pytest.mark.parametrize("chain", [" + 1", ".b", " |> f"])
def test_very_long_chains_are_refused_once(chain: str) -> None:
    parsed = parse("const a = 1, b = 2, f = (x: number) => x;\nconst v = a" + chain * 8000 + ";")
    assert [(d.code, d.message, d.span) for d in parsed.diagnostics] == [
        ("ZT0102", "expression is nested too deeply", (2, 1, 2, 2))
    ]
    assert parsed.module.body == []
