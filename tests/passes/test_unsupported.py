"""Every row of SPEC §4.1 (ZT0200) and §4.2 (ZT0201): code, message, help and line:col."""

from __future__ import annotations

import pytest
from parsetools import parse

LOOP = "iterate a finite collection with 'for (const x of items)', or count with 'for (const i of range(n))'"
ASYNC = (
    'handlers are synchronous: call fetchSync() directly and use parallel() from "zigttp:io" for concurrent '
    "requests"
)
CONFIG = 'read configuration with env() from "zigttp:env", or at build time with comptime(Env.NAME)'
CLASS = "describe the shape with a type or interface and build values with object literals and functions"
REGEX = "use string methods such as includes, startsWith, endsWith, indexOf, split and replaceAll"
GEN = "return an array, or use range() for number sequences"
GETSET = "use a plain property, or a function-valued property that callers invoke"
FREEZE = "module-level objects are already read-only while requests are served; make changed copies with spread"
BIGINT = "use a number (integers are exact up to 2^53 - 1) or a decimal string"
ENUM = 'use a union of string literals: type Color = "red" | "green"'
ACCESS = "classes are not supported; leave a helper unexported to keep it private to its module"
AS = "annotate the declaration (const x: T = ...) or narrow with typeof or === undefined"
TYPE_LEVEL = "write the resulting type out as its own type alias"
DECORATOR = (
    "call the wrapper explicitly: const authed = withAuth(baseHandler); "
    "export function handler(req: Request): Response { return authed(req); }"
)

# (file, source, message, help, line, col): the source reports exactly that one diagnostic.
ROWS = [
    ("t.ts", "var x = 1;", "'var' is not supported",
     "use 'const' for values that never change and 'let' for values you reassign", 1, 1),
    ("t.ts", "let x = 1;\nwhile (x < 3) { x += 1; }", "'while' is not supported", LOOP, 2, 1),
    ("t.ts", "let x = 1;\ndo { x += 1; } while (x < 3);", "'do-while' is not supported", LOOP, 2, 1),
    ("t.ts", "for (let i = 0; i < 3; i += 1) {}", "'for (;;)' is not supported",
     "count with 'for (const i of range(start, end))', or iterate with 'for (const x of items)'", 1, 1),
    ("t.ts", "const o = {};\nfor (const k in o) {}", "'for-in' is not supported",
     "iterate keys with 'for (const key of Object.keys(obj))' or pairs with "
     "'for (const [key, value] of Object.entries(obj))'", 2, 1),
    ("t.ts", "let x = 1;\nfor (x of [1]) {}", "'for-of' without 'const' or 'let' is not supported",
     "declare the loop variable: 'for (const x of items)'", 2, 1),
    ("t.ts", "for (const x of [1]) {\n  break;\n}", "'break' is not supported",
     "return early from the function, or select elements first with .find(), .some() or .filter()", 2, 3),
    ("t.ts", "for (const x of [1]) {\n  continue;\n}", "'continue' is not supported",
     "remove unwanted elements first with .filter(), or wrap the rest of the loop body in an 'if'", 2, 3),
    ("t.ts", "outer: for (const x of [1]) {}", "'labeled statement' is not supported",
     "move the inner loop into a function and return from it", 1, 1),
    ("t.ts", "function f() {\n  throw 'x';\n}", "'throw' is not supported",
     "return an error response, e.g. 'return Response.json({ error: \"bad input\" }, { status: 400 })', or "
     "return a result object '{ ok: false, error }' to the caller", 2, 3),
    ("t.ts", "try {} catch (e) {} finally {}", "'try/catch' is not supported",
     "check before acting: parse with JSON.tryParse and test the 'ok' field of results from zigttp modules",
     1, 1),
    ("t.ts", "class A {}", "'class' is not supported", CLASS, 1, 1),
    ("t.ts", "const A = class {};", "'class' is not supported", CLASS, 1, 11),
    ("t.ts", "const f = () => this;", "'this' is not supported", "pass the object as an explicit parameter", 1, 17),
    ("t.ts", "const f = () => super.x;", "'super' is not supported", "call the shared function directly", 1, 17),
    ("t.ts", "const h = new Headers();", "'new' is not supported",
     "call the factory without 'new': Response(...), Headers(...), Request(...), Uint8Array(...)", 1, 11),
    ("t.ts", "function f() { return new.target; }", "'new.target' is not supported", CONFIG, 1, 23),
    ("t.ts", "const u = import.meta;", "'import.meta' is not supported", CONFIG, 1, 11),
    ("t.ts", "const f = function () {};", "'function' expressions are not supported",
     "use an arrow function '(x) => ...' or a function declaration", 1, 11),
    ("t.ts", "const n = null;", "'null' is not supported",
     "use 'undefined' for absent values; JSON null is read as undefined", 1, 11),
    ("t.ts", "const r = /a+/g;", "'/regex/' is not supported", REGEX, 1, 11),
    ("t.ts", "function* g() {}", "'function*' is not supported", GEN, 1, 1),
    ("t.ts", "const f = () => yield;", "'yield' is not supported", GEN, 1, 17),
    ("t.ts", "async function f() {}", "'async' is not supported", ASYNC, 1, 1),
    ("t.ts", "const f = (x: number) => await x;", "'await' is not supported", ASYNC, 1, 26),
    ("t.ts", "const p = Promise;", "'Promise' is not supported", ASYNC, 1, 11),
    ("t.ts", "const o = { a: 1 };\ndelete o.a;", "'delete' is not supported",
     "build a copy without the key: const { key: _omit, ...rest } = obj", 2, 1),
    ("t.ts", "const b = 1 == 1;", "'==' is not supported", "use '===' (strict equality)", 1, 13),
    ("t.ts", "const b = 1 != 1;", "'!=' is not supported", "use '!==' (strict inequality)", 1, 13),
    ("t.ts", "const a = 1;\nconst b = a instanceof Object;", "'instanceof' is not supported",
     "use typeof, Array.isArray(), or a discriminant property such as 'kind'", 2, 13),
    ("t.ts", "let i = 0;\ni++;", "'++' is not supported", "use 'x += 1'", 2, 2),
    ("t.ts", "let i = 0;\n++i;", "'++' is not supported", "use 'x += 1'", 2, 1),
    ("t.ts", "let i = 0;\n--i;", "'--' is not supported", "use 'x -= 1'", 2, 1),
    ("t.ts", "const u = void 0;", "'void' is not supported", "write 'undefined'", 1, 11),
    ("t.ts", "const a = (1, 2);", "'comma operator' is not supported",
     "write separate statements or declarations", 1, 13),
    ("t.ts", "const o = { get x() { return 1; } };", "'get' is not supported", GETSET, 1, 13),
    ("t.ts", "const o = { set x(v: number) {} };", "'set' is not supported", GETSET, 1, 13),
    ("t.js", "const o = {};\nwith (o) {}", "'with' is not supported",
     "destructure the object: const { a, b } = obj", 2, 1),
    ("t.ts", "debugger;", "'debugger' is not supported", "log values with console.log()", 1, 1),
    ("t.ts", "const v = eval('1');", "'eval' is not supported",
     "write the code directly; code cannot be evaluated at run time", 1, 11),
    ("t.ts", "function f() {\n  return arguments.length;\n}", "'arguments' is not supported",
     "declare a rest parameter: (...args) => ...", 2, 10),
    ("t.ts", "const f = (s: string) => s;\nconst t = f`x`;", "'tagged template' is not supported",
     "call the function with a template literal argument: f(`...`)", 2, 11),
    ("t.ts", "const o = Object.assign({}, {});", "'Object.assign' is not supported", "use spread: { ...a, ...b }",
     1, 11),
    ("t.ts", "const o = Object.freeze({});", "'Object.freeze' is not supported", FREEZE, 1, 11),
    ("t.ts", "const b = Object.isFrozen({});", "'Object.isFrozen' is not supported", FREEZE, 1, 11),
    ("t.ts", "const n = 10n;", "'BigInt' is not supported", BIGINT, 1, 11),
    ("t.ts", "const n = BigInt(1);", "'BigInt' is not supported", BIGINT, 1, 11),
    ("t.ts", "type N = bigint;", "'BigInt' is not supported", BIGINT, 1, 10),
    ("t.ts", "const s = Symbol('x');", "'Symbol' is not supported", "use string keys", 1, 11),
    ("t.ts", "type S = symbol;", "'Symbol' is not supported", "use string keys", 1, 10),
    ("t.ts", "const r = RegExp('a');", "'RegExp' is not supported", REGEX, 1, 11),
    ("t.ts", 'import x from "./m";', "'import x from' is not supported",
     'use a named import: import { x } from "m"', 1, 1),
    ("t.ts", 'import * as m from "./m";', "'import * as' is not supported",
     'import the names you use: import { a, b } from "m"', 1, 1),
    ("t.ts", 'import "./m";', "'import \"module\"' is not supported",
     'import the names you use: import { a } from "m"', 1, 1),
    ("t.ts", 'const m = import("./m");', "'import()' is not supported",
     "use a static named import at the top of the file", 1, 11),
    ("t.ts", "export default 1;", "'export default' is not supported",
     "export a named declaration: export function handler(req: Request): Response { ... }", 1, 1),
    ("t.ts", "const a = 1;\nexport { a };", "'export { }' is not supported",
     "put 'export' on the declaration itself: export const a = ...", 2, 1),
    ("t.ts", 'export { a } from "./m";', "'export { }' is not supported",
     "put 'export' on the declaration itself: export const a = ...", 1, 1),
    ("t.ts", 'export * from "./m";', "'export *' is not supported", "import the names and use them directly",
     1, 1),
    ("t.ts", "enum Color { Red }", "'enum' is not supported", ENUM, 1, 1),
    ("t.ts", "const enum Color { Red }", "'const enum' is not supported", ENUM, 1, 1),
    ("t.ts", "namespace N { export const a = 1; }", "'namespace' is not supported",
     "use a separate file with named exports", 1, 1),
    ("t.ts", "module M {}", "'namespace' is not supported", "use a separate file with named exports", 1, 1),
    ("t.ts", "declare const X: string;", "'declare' is not supported",
     'all globals are built in; import module functions from "zigttp:*"', 1, 1),
    ("t.ts", "@sealed\nfunction f() {}", "'@decorator' is not supported", DECORATOR, 1, 1),
    ("t.ts", "function f(private x: number) {}", "'private' is not supported", ACCESS, 1, 12),
    ("t.ts", "function f(public x: number) {}", "'public' is not supported", ACCESS, 1, 12),
    ("t.ts", "function f(protected x: number) {}", "'protected' is not supported", ACCESS, 1, 12),
    ("t.ts", "interface A {}\ninterface B implements A {}", "'implements' is not supported",
     "annotate the value instead: const shape: Shape = { ... }", 2, 13),
    ("t.ts", "const o = { a: 1 };\nconst b = #x in o;", "'#private' is not supported", CLASS, 2, 11),
    ("t.ts", "type A = any;", "'any' is not supported", "use 'unknown' or write the precise type", 1, 10),
    ("t.ts", "const a = 1 as number;", "'as' is not supported", AS, 1, 11),
    ("t.ts", "const a = 1 satisfies number;", "'satisfies' is not supported",
     "annotate the declaration: const x: T = ...", 1, 11),
    ("t.ts", "const o = [1];\nconst a = o[0]!;", "'x!' is not supported",
     "check explicitly: if (x === undefined) { return ...; }", 2, 11),
    ("t.ts", "const a = <number>1;", "'<T>x' is not supported", AS, 1, 11),
    ("t.ts", "type C<T> = T extends string ? 1 : 2;", "'conditional type' is not supported", TYPE_LEVEL, 1, 13),
    ("t.ts", "type M<T> = { [K in keyof T]: T };", "'mapped type' is not supported", TYPE_LEVEL, 1, 13),
    ("t.ts", "type L = `a${string}`;", "'template literal type' is not supported", TYPE_LEVEL, 1, 10),
    ("t.ts", "type O = { a: string };\ntype I = O['a'];", "'indexed access type' is not supported", TYPE_LEVEL,
     2, 10),
    ("t.ts", "type U = infer X;", "'infer' is not supported", TYPE_LEVEL, 1, 10),
    ("t.ts", "function f(a: string): void;\nfunction f(a: unknown) {}", "'function overload' is not supported",
     "declare one signature with union parameter types", 1, 1),
    ("t.ts", "const e = <div>hi</div>;", "'JSX' is not supported in .ts files", "rename the file to .tsx", 1, 11),
    ("t.js", "const e = <div>hi</div>;", "'JSX' is not supported in .js files", "rename the file to .jsx", 1, 11),
    ("t.js", "const a: number = 1;", "'type annotation' is not supported in .js files",
     "rename the file to .ts, or remove the annotation", 1, 8),
    ("t.jsx", "function f(a: string) {}", "'type annotation' is not supported in .jsx files",
     "rename the file to .tsx, or remove the annotation", 1, 13),
    ("t.js", "type T = string;", "'type annotation' is not supported in .js files",
     "rename the file to .ts, or remove the annotation", 1, 1),
    ("t.js", "interface I { a: string }", "'type annotation' is not supported in .js files",
     "rename the file to .ts, or remove the annotation", 1, 1),
    ("t.js", "const a = 1 as number;", "'type annotation' is not supported in .js files",
     "rename the file to .ts, or remove the annotation", 1, 13),
    ("t.js", "const f = <T>(x) => x;", "'type annotation' is not supported in .js files",
     "rename the file to .ts, or remove the annotation", 1, 11),
]


@pytest.mark.parametrize(("path", "src", "message", "help", "line", "col"), ROWS)
def test_unsupported_syntax(path: str, src: str, message: str, help: str, line: int, col: int) -> None:
    parsed = parse(src, path)
    assert [(d.code, d.message, d.help, d.span[:2]) for d in parsed.diagnostics] == [
        ("ZT0200", message, help, (line, col))
    ]


def test_class_members_report_modifiers_and_private_names() -> None:
    parsed = parse("abstract class A implements B {\n  private x = 1;\n  #y = 2;\n  @dec m() {}\n}")
    assert [(d.message, d.span[:2]) for d in parsed.diagnostics] == [
        ("'abstract' is not supported", (1, 1)),
        ("'class' is not supported", (1, 10)),
        ("'implements' is not supported", (1, 18)),
        ("'private' is not supported", (2, 3)),
        ("'#private' is not supported", (3, 3)),
        ("'@decorator' is not supported", (4, 3)),
    ]


UNAVAILABLE = {
    "Map": "use a plain object with Object.keys / Object.entries, or an array of [key, value] pairs",
    "Set": "use an array with .includes(), or an object whose keys are the members",
    "WeakMap": "use plain objects; values never outlive a request",
    "WeakSet": "use plain objects; values never outlive a request",
    "WeakRef": "use plain objects; values never outlive a request",
    "FinalizationRegistry": "use plain objects; values never outlive a request",
    "Proxy": "read and write properties directly",
    "Reflect": "read and write properties directly",
    "Date": "use Date.now() for epoch milliseconds and do date arithmetic on numbers",
    "Intl": "format numbers with toFixed() and pad strings with padStart()",
    "setTimeout": "handlers run to completion; there are no timers",
    "setInterval": "handlers run to completion; there are no timers",
    "setImmediate": "handlers run to completion; there are no timers",
    "queueMicrotask": "handlers run to completion; there are no timers",
    "fetch": "use fetchSync(url, init); it returns a Response directly",
    "URL": "use req.path and req.query; decode other values with decodeURIComponent",
    "URLSearchParams": "use req.path and req.query; decode other values with decodeURIComponent",
    "TextEncoder": "strings are converted to UTF-8 automatically; for bytes use base64DecodeBytes and "
    'base64Encode from "zigttp:crypto"',
    "TextDecoder": "strings are converted to UTF-8 automatically; for bytes use base64DecodeBytes and "
    'base64Encode from "zigttp:crypto"',
    "atob": 'use base64Decode / base64Encode from "zigttp:crypto"',
    "btoa": 'use base64Decode / base64Encode from "zigttp:crypto"',
    "crypto": 'import { sha256, hmacSha256, randomUUID } from "zigttp:crypto"',
    "require": 'use named imports; read environment variables with env() from "zigttp:env"',
    "module": 'use named imports; read environment variables with env() from "zigttp:env"',
    "exports": 'use named imports; read environment variables with env() from "zigttp:env"',
    "process": 'use named imports; read environment variables with env() from "zigttp:env"',
    "Buffer": 'use named imports; read environment variables with env() from "zigttp:env"',
    **dict.fromkeys(
        ["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "URIError", "EvalError",
         "AggregateError"],
        "return an error Response, or a result object { ok: false, error } for the caller to check",
    ),
    "Function": "use an arrow function",
    "ArrayBuffer": "use a typed array such as Uint8Array(...)",
    "SharedArrayBuffer": "use a typed array such as Uint8Array(...)",
    "DataView": "use a typed array such as Uint8Array(...)",
    "Atomics": "use a typed array such as Uint8Array(...)",
    "Uint8ClampedArray": "use Uint8Array, Int32Array or Float64Array",
    "BigInt64Array": "use Uint8Array, Int32Array or Float64Array",
    "BigUint64Array": "use Uint8Array, Int32Array or Float64Array",
    "structuredClone": "copy with spread: { ...obj } or [...items]",
}


@pytest.mark.parametrize(("name", "help"), UNAVAILABLE.items())
def test_unavailable_globals(name: str, help: str) -> None:
    parsed = parse(f"const a = 1;\nconst v = {name};")
    assert [(d.code, d.message, d.help, d.span) for d in parsed.diagnostics] == [
        ("ZT0201", f"'{name}' is not available", help, (2, 11, 2, 11 + len(name)))
    ]


@pytest.mark.parametrize("name", ["Map", "fetch", "Error", "Promise", "eval", "Symbol", "Date"])
def test_user_declarations_shadow_unavailable_globals(name: str) -> None:
    assert parse(f"function {name}(x: number) {{ return x; }}\nconst v = {name}(1);").diagnostics == []


def test_date_now_is_the_only_date_member() -> None:
    assert parse("const t = Date.now();").diagnostics == []
    assert [(d.code, d.message) for d in parse("const t = Date.parse('x');").diagnostics] == [
        ("ZT0201", "'Date' is not available")
    ]
    assert [d.code for d in parse("const f = Date.now;").diagnostics] == ["ZT0201"]


def test_typeof_feature_test_is_fine() -> None:
    assert parse('const b = typeof Map === "undefined" && typeof globalThis !== "undefined";').diagnostics == []
