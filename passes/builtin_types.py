"""The built-in declarations of the type checker: SPEC §6.8 (global types), §6.9 (virtual modules), §9 and
§10 (globals and their members).

They are written as TypeScript and read with zigttp's own parser, so the declarations below are exactly
what the checker uses. Interfaces whose names start with ``__`` are internal (the members of primitives,
the global object, the virtual modules) and cannot be named by user code; the others are the global type
names of SPEC §6.8.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from dataclasses import dataclass

from . import jsast as A
from . import types as T
from .typecheck_resolve import Resolver, TypeScope

TYPED_ARRAYS = ("Int8Array", "Uint8Array", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
                "Float32Array", "Float64Array")

_HTTP = """
type HeadersInit = Headers | Record<string, string> | [string, string][];
interface ResponseInit { status?: number; statusText?: string; headers?: HeadersInit }
interface RequestInit { method?: string; headers?: HeadersInit; body?: string }
interface FetchInit extends RequestInit {
  body?: string | Uint8Array; timeoutMs?: number; maxResponseBytes?: number; redirect?: "manual" | "follow";
}
interface FetchRequest extends FetchInit { url: string }
interface Request {
  readonly method: string; readonly url: string; readonly path: string;
  readonly query: { readonly [name: string]: string | undefined };
  readonly headers: Headers; readonly body: string | undefined; readonly bodyUsed: boolean;
  text(): string; json(): unknown;
  [extra: string]: unknown;
}
interface Response {
  readonly status: number; readonly statusText: string; readonly ok: boolean;
  readonly headers: Headers; readonly body: string | Uint8Array | undefined; readonly bodyUsed: boolean;
  readonly error?: string; readonly details?: string;
  text(): string; json(): unknown;
}
interface Headers {
  get(name: string): string | undefined; has(name: string): boolean;
  set(name: string, value: string): void; append(name: string, value: string): void;
  delete(name: string): void; getSetCookie(): string[];
  entries(): [string, string][]; keys(): string[]; values(): string[];
  forEach(fn: (value: string, name: string, headers: Headers) => void): void;
  [name: string]: string | undefined;
}
type Result<T> = { ok: true; value: T } | { ok: false; error: string };
type ValidationError = { path: string; message: string };
type ValidationResult = { ok: true; value: unknown } | { ok: false; errors: ValidationError[] };
type RouteMatch<H> = { handler: H; params: Record<string, string> };
type CacheStats = { hits: number; misses: number; entries: number; bytes: number; evictions: number };
type JwtClaims = Record<string, unknown>;
interface JwtVerifyOptions { clockTolerance?: number; audience?: string; issuer?: string; now?: number }
interface JwtSignOptions { expiresIn?: number; now?: number }
type RenderOptions = { doctype?: boolean };
interface ResponseConstructor {
  (body?: string | Uint8Array, init?: ResponseInit): Response;
  json(data: unknown, init?: ResponseInit): Response;
  text(text: string, init?: ResponseInit): Response;
  html(html: string, init?: ResponseInit): Response;
  redirect(url: string, status?: number): Response;
}
interface RequestConstructor { (url: string, init?: RequestInit): Request }
interface HeadersConstructor { (init?: HeadersInit): Headers }
"""

_PRIMITIVE_MEMBERS = """
interface __String {
  readonly length: number;
  [index: number]: string;
  at(index: number): string | undefined;
  charAt(pos: number): string;
  charCodeAt(index: number): number;
  codePointAt(pos: number): number | undefined;
  concat(...strings: string[]): string;
  endsWith(searchString: string, endPosition?: number): boolean;
  includes(searchString: string, position?: number): boolean;
  indexOf(searchString: string, position?: number): number;
  isWellFormed(): boolean;
  lastIndexOf(searchString: string, position?: number): number;
  localeCompare(that: string): number;
  normalize(form?: string): string;
  padEnd(maxLength: number, fillString?: string): string;
  padStart(maxLength: number, fillString?: string): string;
  repeat(count: number): string;
  replace(searchValue: string, replaceValue: string | ((substring: string, offset: number, string: string) => string)): string;
  replaceAll(searchValue: string, replaceValue: string | ((substring: string, offset: number, string: string) => string)): string;
  slice(start?: number, end?: number): string;
  split(separator?: string, limit?: number): string[];
  startsWith(searchString: string, position?: number): boolean;
  substring(start: number, end?: number): string;
  toLowerCase(): string;
  toLocaleLowerCase(): string;
  toUpperCase(): string;
  toLocaleUpperCase(): string;
  toString(): string;
  toWellFormed(): string;
  trim(): string;
  trimEnd(): string;
  trimStart(): string;
}
interface __Number {
  toString(radix?: number): string;
  toFixed(fractionDigits?: number): string;
  toPrecision(precision?: number): string;
}
interface __Boolean { toString(): string }
interface __Function { readonly name: string; readonly length: number }
interface __Array<T> {
  length: number;
  [index: number]: T;
  at(index: number): T | undefined;
  concat(...items: (T | T[])[]): T[];
  copyWithin(target: number, start: number, end?: number): T[];
  every(predicate: (value: T, index: number, array: T[]) => unknown): boolean;
  fill(value: T, start?: number, end?: number): T[];
  filter(predicate: (value: T, index: number, array: T[]) => unknown): T[];
  find(predicate: (value: T, index: number, array: T[]) => unknown): T | undefined;
  findIndex(predicate: (value: T, index: number, array: T[]) => unknown): number;
  findLast(predicate: (value: T, index: number, array: T[]) => unknown): T | undefined;
  findLastIndex(predicate: (value: T, index: number, array: T[]) => unknown): number;
  flat(depth?: number): unknown[];
  flatMap<U>(callback: (value: T, index: number, array: T[]) => U | U[]): U[];
  forEach(callbackfn: (value: T, index: number, array: T[]) => void): void;
  includes(searchElement: T, fromIndex?: number): boolean;
  indexOf(searchElement: T, fromIndex?: number): number;
  join(separator?: string): string;
  lastIndexOf(searchElement: T, fromIndex?: number): number;
  map<U>(callbackfn: (value: T, index: number, array: T[]) => U): U[];
  pop(): T | undefined;
  push(...items: T[]): number;
  reduce(callbackfn: (previousValue: T, currentValue: T, currentIndex: number, array: T[]) => T): T;
  reduce<U>(callbackfn: (previousValue: U, currentValue: T, currentIndex: number, array: T[]) => U, initialValue: U): U;
  reduceRight(callbackfn: (previousValue: T, currentValue: T, currentIndex: number, array: T[]) => T): T;
  reduceRight<U>(callbackfn: (previousValue: U, currentValue: T, currentIndex: number, array: T[]) => U, initialValue: U): U;
  reverse(): T[];
  shift(): T | undefined;
  slice(start?: number, end?: number): T[];
  some(predicate: (value: T, index: number, array: T[]) => unknown): boolean;
  sort(compareFn?: (a: T, b: T) => number): T[];
  splice(start: number, deleteCount?: number, ...items: T[]): T[];
  toReversed(): T[];
  toSorted(compareFn?: (a: T, b: T) => number): T[];
  toSpliced(start: number, skipCount?: number, ...items: T[]): T[];
  toString(): string;
  unshift(...items: T[]): number;
  with(index: number, value: T): T[];
}
"""

_MUTATING_ARRAY_METHODS = frozenset(
    "copyWithin fill pop push reverse shift sort splice unshift".split())

_TYPED_ARRAY = """
interface {N} {
  readonly length: number;
  [index: number]: number;
  fill(value: number, start?: number, end?: number): {N};
  set(source: Iterable<number>, offset?: number): void;
  slice(start?: number, end?: number): {N};
  subarray(start?: number, end?: number): {N};
  map(callbackfn: (value: number, index: number, array: {N}) => number): {N};
  reduce(callbackfn: (previousValue: number, currentValue: number, currentIndex: number, array: {N}) => number): number;
  reduce<U>(callbackfn: (previousValue: U, currentValue: number, currentIndex: number, array: {N}) => U, initialValue: U): U;
  join(separator?: string): string;
  toString(): string;
}
interface {N}Constructor {
  (lengthOrSource?: number | Iterable<number>): {N};
  from(source: Iterable<number>, mapfn?: (v: number, k: number) => number): {N};
  of(...items: number[]): {N};
}
"""

_GLOBALS = """
interface Math {
  readonly E: number; readonly LN10: number; readonly LN2: number; readonly LOG10E: number;
  readonly LOG2E: number; readonly PI: number; readonly SQRT1_2: number; readonly SQRT2: number;
  abs(x: number): number; acos(x: number): number; acosh(x: number): number; asin(x: number): number;
  asinh(x: number): number; atan(x: number): number; atan2(y: number, x: number): number;
  atanh(x: number): number; cbrt(x: number): number; ceil(x: number): number; clz32(x: number): number;
  cos(x: number): number; cosh(x: number): number; exp(x: number): number; expm1(x: number): number;
  floor(x: number): number; fround(x: number): number; hypot(...values: number[]): number;
  imul(x: number, y: number): number; log(x: number): number; log10(x: number): number;
  log1p(x: number): number; log2(x: number): number; max(...values: number[]): number;
  min(...values: number[]): number; pow(x: number, y: number): number; random(): number;
  round(x: number): number; sign(x: number): number; sin(x: number): number; sinh(x: number): number;
  sqrt(x: number): number; tan(x: number): number; tanh(x: number): number; trunc(x: number): number;
}
interface JSON {
  parse(text: string, reviver?: undefined): unknown;
  stringify(value: unknown, replacer?: undefined, space?: string | number): string;
  tryParse(text: string): Result<unknown>;
}
interface ObjectConstructor {
  keys(o: {}): string[];
  values<T>(o: { [key: string]: T }): T[];
  values(o: {}): unknown[];
  entries<T>(o: { [key: string]: T }): [string, T][];
  entries(o: {}): [string, unknown][];
  fromEntries<T>(entries: Iterable<[string, T]>): { [key: string]: T };
  fromEntries(entries: Iterable<unknown[]>): { [key: string]: unknown };
  hasOwn(o: {}, v: string | number): boolean;
}
interface ArrayConstructor {
  isArray(arg: unknown): boolean;
  from<T>(iterable: Iterable<T>): T[];
  from<T, U>(iterable: Iterable<T>, mapfn: (v: T, k: number) => U): U[];
  from<T>(arrayLike: { length: number; [index: number]: T }): T[];
  from<T, U>(arrayLike: { length: number; [index: number]: T }, mapfn: (v: T, k: number) => U): U[];
  of<T>(...items: T[]): T[];
}
interface StringConstructor {
  (value?: unknown): string;
  fromCharCode(...codes: number[]): string;
  fromCodePoint(...codePoints: number[]): string;
}
interface NumberConstructor {
  (value?: unknown): number;
  readonly EPSILON: number; readonly MAX_SAFE_INTEGER: number; readonly MIN_SAFE_INTEGER: number;
  readonly MAX_VALUE: number; readonly MIN_VALUE: number; readonly NaN: number;
  readonly POSITIVE_INFINITY: number; readonly NEGATIVE_INFINITY: number;
  isFinite(number: unknown): boolean; isInteger(number: unknown): boolean; isNaN(number: unknown): boolean;
  isSafeInteger(number: unknown): boolean;
  parseFloat(string: string): number; parseInt(string: string, radix?: number): number;
}
interface BooleanConstructor { (value?: unknown): boolean }
interface DateConstructor { now(): number }
interface Performance { now(): number }
interface Console {
  log(...data: unknown[]): void; info(...data: unknown[]): void; debug(...data: unknown[]): void;
  warn(...data: unknown[]): void; error(...data: unknown[]): void;
}
interface __Env { readonly [name: string]: string | undefined }
interface __Globals {
  readonly NaN: number;
  readonly Infinity: number;
  readonly Math: Math;
  readonly JSON: JSON;
  readonly Object: ObjectConstructor;
  readonly Array: ArrayConstructor;
  readonly String: StringConstructor;
  readonly Number: NumberConstructor;
  readonly Boolean: BooleanConstructor;
  parseInt(string: string, radix?: number): number;
  parseFloat(string: string): number;
  isNaN(number: number): boolean;
  isFinite(number: number): boolean;
  encodeURIComponent(uriComponent: string | number | boolean): string;
  decodeURIComponent(encodedURIComponent: string): string;
  encodeURI(uri: string): string;
  decodeURI(encodedURI: string): string;
  readonly Date: DateConstructor;
  readonly performance: Performance;
  readonly console: Console;
  range(startOrEnd: number, end?: number, step?: number): Range;
  readonly Int8Array: Int8ArrayConstructor;
  readonly Uint8Array: Uint8ArrayConstructor;
  readonly Int16Array: Int16ArrayConstructor;
  readonly Uint16Array: Uint16ArrayConstructor;
  readonly Int32Array: Int32ArrayConstructor;
  readonly Uint32Array: Uint32ArrayConstructor;
  readonly Float32Array: Float32ArrayConstructor;
  readonly Float64Array: Float64ArrayConstructor;
  renderToString(node?: unknown, options?: RenderOptions): string;
  Fragment(props: { children?: unknown }): JSX.Element;
  readonly Response: ResponseConstructor;
  readonly Request: RequestConstructor;
  readonly Headers: HeadersConstructor;
  fetchSync(input: string | Request | FetchRequest, init?: FetchInit): Response;
  httpRequest(json: string): string;
  comptime<T>(value: T): T;
  hash(s: string): string;
  readonly __VERSION__: string;
  readonly Env: __Env;
}
"""

_MODULES = """
interface __zigttp_env { env(name: string): string | undefined }
interface __zigttp_crypto {
  sha256(data: string | Uint8Array): string;
  hmacSha256(key: string | Uint8Array, data: string | Uint8Array): string;
  base64Encode(data: string | Uint8Array): string;
  base64Decode(text: string): string | undefined;
  base64DecodeBytes(text: string): Uint8Array | undefined;
  base64urlEncode(data: string | Uint8Array): string;
  base64urlDecode(text: string): string | undefined;
  base64urlDecodeBytes(text: string): Uint8Array | undefined;
  randomUUID(): string;
}
interface __zigttp_router {
  routerMatch<H>(routes: Record<string, H>, req: { method: string; path?: string; url?: string }): RouteMatch<H> | undefined;
}
interface __zigttp_auth {
  parseBearer(header: string | undefined): string | undefined;
  jwtVerify(token: string, secret: string | Uint8Array, options?: JwtVerifyOptions): Result<JwtClaims>;
  jwtSign(claims: JwtClaims | string, secret: string | Uint8Array, options?: JwtSignOptions): string;
  verifyWebhookSignature(payload: string, secret: string, signature: string | undefined): boolean;
  timingSafeEqual(a: string | undefined, b: string | undefined): boolean;
}
interface __zigttp_validate {
  schemaCompile(name: string, schemaJson: string): boolean;
  validateJson(name: string, json: string | undefined): ValidationResult;
  validateObject(name: string, value: unknown): ValidationResult;
  coerceJson(name: string, json: string | undefined): ValidationResult;
  schemaDrop(name: string): boolean;
}
interface __zigttp_cache {
  cacheGet(ns: string, key: string): string | undefined;
  cacheSet(ns: string, key: string, value: string, ttlSeconds?: number): boolean;
  cacheDelete(ns: string, key: string): boolean;
  cacheIncr(ns: string, key: string, delta?: number, ttlSeconds?: number): number;
  cacheStats(ns?: string): CacheStats;
}
interface __zigttp_io {
  parallel<T>(thunks: (() => T)[]): T[];
  race<T>(thunks: (() => T)[]): T;
}
"""

# SPEC §6.8: the type names user code may write (besides primitives, utility types, Array, ReadonlyArray,
# Iterable, Range and JSX.Element, which the resolver knows).
VISIBLE_TYPES = ("HeadersInit", "ResponseInit", "RequestInit", "FetchInit", "Request", "Response", "Headers",
                 "Result", "ValidationError", "ValidationResult", "RouteMatch", "CacheStats", "JwtClaims",
                 "JwtVerifyOptions", "JwtSignOptions", "RenderOptions", *TYPED_ARRAYS)

# Globals that are namespace objects: reading a missing member is ZT0404 in every file kind (SPEC §6.2).
NAMESPACES = frozenset(["Math", "JSON", "Object", "Array", "String", "Number", "Boolean", "Date", "performance",
                        "console", "Response", "Request", "Headers", "Env", *TYPED_ARRAYS])


@dataclass
class Builtins:
    """Everything the checker needs from the built-in declarations."""

    scope: TypeScope  # type names visible to user code
    decls: dict[str, T.Decl]  # every built-in declaration by key ("#Name")
    globals: dict[str, T.Type]  # global value names -> types
    modules: dict[str, dict[str, T.Type]]  # "zigttp:crypto" -> export name -> type
    string: T.Type
    number: T.Type
    boolean: T.Type
    function: T.Type
    array: T.Decl
    readonly_array: T.Decl

    def lookup(self, key: str) -> T.Decl | None:
        return self.decls.get(key)

    def apparent(self, t: T.Type) -> T.Type | None:
        """The object type whose members a primitive, array or function value has."""
        if t == T.STRING or (isinstance(t, T.Lit) and t.kind == "string"):
            return self.string
        if t == T.NUMBER or (isinstance(t, T.Lit) and t.kind == "number"):
            return self.number
        if t == T.BOOLEAN or (isinstance(t, T.Lit) and t.kind == "boolean"):
            return self.boolean
        if isinstance(t, T.Arr):
            return T.expand(T.Ref(self.readonly_array if t.readonly else self.array, (t.elem,)))
        if isinstance(t, T.Tup):
            return T.expand(T.Ref(self.readonly_array if t.readonly else self.array, (T.union(t.elems),)))
        if isinstance(t, T.Func):
            return self.function
        return None


def _source() -> str:
    typed = "".join(_TYPED_ARRAY.replace("{N}", name) for name in TYPED_ARRAYS)
    return _HTTP + _PRIMITIVE_MEMBERS + typed + _GLOBALS + _MODULES


def source_digest() -> str:
    return hashlib.sha256(_source().encode("utf-8")).hexdigest()


def _parse_declarations() -> dict[str, T.Decl]:
    """Parse and resolve the TypeScript declarations above (the slow path, ~0.1 s)."""
    from .frontend import parse_text

    parsed = parse_text(_source(), "<builtins>.ts", "ts")
    if parsed.diagnostics:  # pragma: no cover - a broken declaration is a bug in this file
        raise RuntimeError(f"built-in declarations do not parse: {parsed.diagnostics[0]}")
    assert parsed.module is not None

    def report(code: str, message: str, span: A.Span) -> None:  # pragma: no cover
        raise RuntimeError(f"built-in declarations: {message} at {span}")

    scope = TypeScope()
    resolver = Resolver("", None, report, builtin=1)
    resolver.declare_all(scope, [s for s in parsed.module.body if isinstance(s, (A.TypeAlias, A.Interface))])
    decls = {d.key: d for d in scope.names.values() if isinstance(d, T.Decl)}
    for d in decls.values():
        d.body()
        d.extends()
    return decls


def _load_generated() -> dict[str, T.Decl] | None:
    """The declarations from ``builtin_types_data`` (written by ``write_generated``) when it matches the
    source text above; None when it is missing or stale."""
    try:
        from . import builtin_types_data as data
    except ImportError:  # pragma: no cover
        return None
    if data.SOURCE_DIGEST != source_digest():
        return None
    decls: dict[str, T.Decl] = {}
    codec = T.TypeCodec(lambda key: decls.get(key) or T.UTILITIES.get(key[1:]))
    for key, encoded in data.DECLS.items():
        decls[key] = codec.decode_decl(key, json.loads(encoded))
    return decls


def generated_text() -> str:
    """The text of ``builtin_types_data.py``."""
    decls = _parse_declarations()
    codec = T.TypeCodec()
    encoded = {key: codec.encode_decl(decl) for key, decl in sorted(decls.items())}
    lines = [f"    {json.dumps(key)}: {json.dumps(json.dumps(value, sort_keys=True))}," for key, value in encoded.items()]
    return (
        '"""Generated by ``python -m zigttp.passes.builtin_types``: the resolved built-in declarations, so that\n'
        'a build does not parse them (tests/analyses/typecheck/test_builtins.py checks that this is current)."""\n'
        "# ruff: noqa: E501\n\n"
        f"SOURCE_DIGEST = {source_digest()!r}\n\n"
        "DECLS = {\n" + "\n".join(lines) + "\n}\n"
    )


@functools.cache
def builtins() -> Builtins:
    """The built-in declarations, resolved once per process."""
    decls = _load_generated() or _parse_declarations()
    # ReadonlyArray<T>: the non-mutating members of Array<T>.
    array = decls["#__Array"]
    readonly = T.Decl("#__ReadonlyArray", "ReadonlyArray", "interface", array.params)
    body = array.body()
    assert isinstance(body, T.Obj)
    readonly.set_body(T.Obj(tuple(p for p in body.props if p.name not in _MUTATING_ARRAY_METHODS),
                            number_index=body.number_index))
    readonly.set_extends(())
    decls[readonly.key] = readonly
    array.name = "Array"
    for name in TYPED_ARRAYS:
        T.NUMBER_ITERABLES.add(f"#{name}")
    visible = TypeScope()
    for name in VISIBLE_TYPES:
        visible.names[name] = decls[f"#{name}"]
    glob = T.expand(T.Ref(decls["#__Globals"]))
    assert isinstance(glob, T.Obj)
    globals_ = {p.name: p.type for p in glob.props}
    globals_["undefined"] = T.UNDEFINED
    modules = {}
    for key, decl in decls.items():
        if key.startswith("#__zigttp_"):
            body = T.expand(T.Ref(decl))
            assert isinstance(body, T.Obj)
            modules["zigttp:" + key[len("#__zigttp_"):]] = {
                p.name: dataclasses.replace(p.type, builtin=2) if isinstance(p.type, T.Func) else p.type
                for p in body.props}
    return Builtins(
        scope=visible,
        decls=decls,
        globals=globals_,
        modules=modules,
        string=T.expand(T.Ref(decls["#__String"])),
        number=T.expand(T.Ref(decls["#__Number"])),
        boolean=T.expand(T.Ref(decls["#__Boolean"])),
        function=T.expand(T.Ref(decls["#__Function"])),
        array=array,
        readonly_array=readonly,
    )


def write_generated() -> None:
    """Rewrite ``builtin_types_data.py`` next to this file."""
    from pathlib import Path

    Path(__file__).with_name("builtin_types_data.py").write_text(generated_text(), encoding="utf-8")


if __name__ == "__main__":
    write_generated()
