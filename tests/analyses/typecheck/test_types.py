"""The type model (passes/types.py): normalisation, printing as TypeScript prints, assignability, codec;
and that the generated built-in declarations are current."""

from __future__ import annotations

import pytest
from zigttp.passes import builtin_types
from zigttp.passes import types as T

from tests.analyses.typecheck.checking import check

OBJ = T.Obj((T.Prop("a", T.NUMBER), T.Prop("b", T.STRING, optional=True)))


@pytest.mark.parametrize(("t", "text"), [
    (T.union([T.UNDEFINED, T.STRING]), "string | undefined"),
    (T.union([T.NUMBER, T.STRING]), "string | number"),
    (T.union([T.TRUE, T.FALSE]), "boolean"),
    (T.union([T.lit("b"), T.lit("a"), T.UNDEFINED]), '"b" | "a" | undefined'),
    (T.union([T.lit("a"), T.STRING]), "string"),
    (T.union([T.NUMBER, T.UNKNOWN]), "unknown"),
    (T.union([]), "never"),
    (T.lit(-1.0), "-1"),
    (T.lit(1.5), "1.5"),
    (T.lit('q"x'), '"q\\"x"'),
    (OBJ, "{ a: number; b?: string }"),
    (T.Obj(), "{}"),
    (T.Arr(T.union([T.STRING, T.NUMBER])), "(string | number)[]"),
    (T.Arr(T.NUMBER, readonly=True), "readonly number[]"),
    (T.Tup((T.STRING, T.NUMBER), (False, True)), "[string, number?]"),
    (T.Func((T.Param("a", T.NUMBER), T.Param("b", T.STRING, optional=True),
             T.Param("rest", T.Arr(T.NUMBER), rest=True)), T.VOID), "(a: number, b?: string, ...rest: number[]) => void"),
    (T.Arr(T.Func((), T.NUMBER)), "(() => number)[]"),
    (T.Obj(index=T.NUMBER), "{ [key: string]: number }"),
    (T.Obj((T.Prop("m", T.Func((T.Param("x", T.NUMBER),), T.STRING), method=True),
            T.Prop("r", T.NUMBER, readonly=True))), "{ m(x: number): string; readonly r: number }"),
    (T.Iter(T.NUMBER), "Iterable<number>"),
    (T.inter([OBJ, T.Obj((T.Prop("c", T.BOOLEAN),))]), "{ a: number; b?: string } & { c: boolean }"),
])
def test_printing(t: T.Type, text: str) -> None:
    assert T.print_type(t) == text


@pytest.mark.parametrize(("s", "t", "ok"), [
    (T.lit("a"), T.STRING, True),
    (T.STRING, T.lit("a"), False),
    (T.UNDEFINED, T.VOID, True),
    (T.UNKNOWN, T.NUMBER, True),
    (T.NUMBER, T.UNKNOWN, True),
    (T.NEVER, T.STRING, True),
    (T.union([T.STRING, T.UNDEFINED]), T.STRING, False),
    (T.STRING, T.union([T.STRING, T.UNDEFINED]), True),
    (T.BOOLEAN, T.union([T.TRUE, T.FALSE]), True),
    (T.Arr(T.lit(1.0)), T.Arr(T.NUMBER), True),
    (T.Arr(T.NUMBER, readonly=True), T.Arr(T.NUMBER), False),
    (T.Tup((T.STRING, T.NUMBER)), T.Arr(T.union([T.STRING, T.NUMBER])), True),
    (T.Tup((T.STRING,)), T.Tup((T.STRING, T.NUMBER)), False),
    (T.Tup((T.STRING,)), T.Tup((T.STRING, T.NUMBER), (False, True)), True),
    (T.Obj((T.Prop("a", T.NUMBER), T.Prop("z", T.NUMBER))), OBJ, True),  # extra properties are fine
    (T.Obj((T.Prop("b", T.STRING),)), OBJ, False),  # a is required
    (T.Obj((T.Prop("a", T.NUMBER), T.Prop("b", T.NUMBER))), OBJ, False),
    (T.Obj((T.Prop("a", T.NUMBER),)), T.Obj(index=T.NUMBER), True),
    (T.Obj((T.Prop("a", T.STRING),)), T.Obj(index=T.NUMBER), False),
    (T.Func((T.Param("x", T.NUMBER),), T.NUMBER), T.Func((T.Param("x", T.NUMBER), T.Param("y", T.NUMBER)), T.VOID),
     True),  # fewer parameters, any return for a void target
    (T.Func((T.Param("x", T.NUMBER), T.Param("y", T.NUMBER)), T.NUMBER), T.Func((T.Param("x", T.NUMBER),), T.NUMBER),
     False),
    (T.Func((), T.STRING), T.Func((), T.NUMBER), False),
    (T.RANGE, T.Iter(T.NUMBER), True),
    (T.STRING, T.Iter(T.STRING), True),
    (T.Arr(T.STRING), T.Iter(T.NUMBER), False),
    (T.ELEMENT, T.STRING, False),
])
def test_assignability(s: T.Type, t: T.Type, ok: bool) -> None:
    builtin_types.builtins()
    rel = T.Relation(builtin_types.builtins().apparent)
    assert rel.assignable(s, t) is ok


def test_primitives_match_object_types_through_their_members() -> None:
    rel = T.Relation(builtin_types.builtins().apparent)
    assert rel.assignable(T.STRING, T.Obj((T.Prop("length", T.NUMBER),)))
    assert not rel.assignable(T.NUMBER, T.Obj((T.Prop("length", T.NUMBER),)))
    assert not rel.assignable(T.UNDEFINED, T.Obj())


def test_codec_round_trip() -> None:
    b = builtin_types.builtins()
    codec = T.TypeCodec(b.decls.get)
    for t in [T.union([T.lit("a"), T.lit(2.0), T.UNDEFINED]), T.Tup((T.STRING,), (True,), True), OBJ,
              T.Func((T.Param("x", T.Arr(T.NUMBER), rest=True),), T.RANGE, (T.TVar("T", "u.T", T.STRING),)),
              T.Ref(b.decls["#Result"], (T.NUMBER,)), T.Iter(T.lit(float("inf")))]:
        assert codec.decode(codec.encode(t)) == t


def test_generated_builtins_are_current() -> None:
    from zigttp.passes import builtin_types_data

    assert builtin_types_data.SOURCE_DIGEST == builtin_types.source_digest(), \
        "run: python -m zigttp.passes.builtin_types"
    assert builtin_types.generated_text() == open(builtin_types_data.__file__, encoding="utf-8").read()


def test_virtual_module_signatures_are_exactly_section_6_9() -> None:
    modules = builtin_types.builtins().modules
    assert T.print_type(modules["zigttp:router"]["routerMatch"]) == (
        "<H>(routes: Record<string, H>, req: { method: string; path?: string; url?: string }) => "
        "RouteMatch<H> | undefined")
    assert T.print_type(modules["zigttp:auth"]["jwtVerify"]) == (
        "(token: string, secret: string | Uint8Array, options?: JwtVerifyOptions) => Result<JwtClaims>")
    assert T.print_type(modules["zigttp:cache"]["cacheIncr"]) == (
        "(ns: string, key: string, delta?: number, ttlSeconds?: number) => number")
    assert T.print_type(modules["zigttp:io"]["parallel"]) == "<T>(thunks: (() => T)[]) => T[]"
    assert sorted(modules) == sorted(["zigttp:env", "zigttp:crypto", "zigttp:router", "zigttp:auth",
                                      "zigttp:validate", "zigttp:cache", "zigttp:io"])


@pytest.mark.parametrize(("source", "name", "text"), [
    ('const m = "GET";', "m", '"GET"'),
    ('let m = "GET";', "m", "string"),
    ("const o = { a: 1, b: [true] };", "o", "{ a: number; b: boolean[] }"),
    ("const e = [];", "e", "unknown[]"),
    ("const f = (x: number) => x > 1 ? \"big\" : undefined;", "f", "(x: number) => string | undefined"),
    ("function g(n: number) { if (n > 1) { return n; } }", "g", "(n: number) => number | undefined"),
    ("const r = [1, 2].map((x) => `${x}`);", "r", "string[]"),
    ("const s = [1, 2].reduce((a, b) => a + b, 0);", "s", "number"),
    ("const t = Object.entries({ a: 1 });", "t", "[string, number][]"),
    ("const u = Array.from({ length: 3 }, (_, i) => i * 2);", "u", "number[]"),
    ("const v = JSON.tryParse(\"1\");", "v", "Result<unknown>"),
    ("type P = { x: number }; const w: P = { x: 1 };", "w", "P"),
    ("type L = string[]; const x: L = [];", "x", "string[]"),
    ("interface Box<T> { v: T } const y: Box<number> = { v: 1 };", "y", "Box<number>"),
    ("const z = Response.json({});", "z", "Response"),
    ("const hd = Headers().get(\"a\");", "hd", "string | undefined"),
    ("const q = range(3);", "q", "Range"),
    ("function id<T>(v: T): T { return v; } const k = id(\"s\");", "k", '"s"'),
    ("function wrap<T>(v: T): T[] { return [v]; } const ws = wrap(\"s\");", "ws", "string[]"),
])
def test_inferred_types(source: str, name: str, text: str) -> None:
    assert check(source).top(name) == text
