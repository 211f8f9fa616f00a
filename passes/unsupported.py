"""Message and help tables for unsupported syntax (SPEC §4.1, ZT0200) and unavailable globals (§4.2, ZT0201).

``UNSUPPORTED[key] = (message, help)``; keys are the construct names used by the parser.
"""

from __future__ import annotations

_LOOP_HELP = (
    "iterate a finite collection with 'for (const x of items)', or count with 'for (const i of range(n))'"
)
_ASYNC_HELP = (
    "handlers are synchronous: call fetchSync() directly and use parallel() from \"zigttp:io\" for "
    "concurrent requests"
)
_CONFIG_HELP = 'read configuration with env() from "zigttp:env", or at build time with comptime(Env.NAME)'
_CLASS_HELP = "describe the shape with a type or interface and build values with object literals and functions"
_REGEX_HELP = "use string methods such as includes, startsWith, endsWith, indexOf, split and replaceAll"
_AS_HELP = "annotate the declaration (const x: T = ...) or narrow with typeof or === undefined"
_ENUM_HELP = 'use a union of string literals: type Color = "red" | "green"'
_FREEZE_HELP = (
    "module-level objects are already read-only while requests are served; make changed copies with spread"
)
_TYPE_LEVEL_HELP = "write the resulting type out as its own type alias"
_ACCESS_HELP = "classes are not supported; leave a helper unexported to keep it private to its module"
_GETSET_HELP = "use a plain property, or a function-valued property that callers invoke"

UNSUPPORTED: dict[str, tuple[str, str]] = {
    "var": ("'var' is not supported", "use 'const' for values that never change and 'let' for values you reassign"),
    "while": ("'while' is not supported", _LOOP_HELP),
    "do-while": ("'do-while' is not supported", _LOOP_HELP),
    "for(;;)": (
        "'for (;;)' is not supported",
        "count with 'for (const i of range(start, end))', or iterate with 'for (const x of items)'",
    ),
    "for-in": (
        "'for-in' is not supported",
        "iterate keys with 'for (const key of Object.keys(obj))' or pairs with "
        "'for (const [key, value] of Object.entries(obj))'",
    ),
    "for-of-bare": (
        "'for-of' without 'const' or 'let' is not supported",
        "declare the loop variable: 'for (const x of items)'",
    ),
    "break": (
        "'break' is not supported",
        "return early from the function, or select elements first with .find(), .some() or .filter()",
    ),
    "continue": (
        "'continue' is not supported",
        "remove unwanted elements first with .filter(), or wrap the rest of the loop body in an 'if'",
    ),
    "label": ("'labeled statement' is not supported", "move the inner loop into a function and return from it"),
    "throw": (
        "'throw' is not supported",
        "return an error response, e.g. 'return Response.json({ error: \"bad input\" }, { status: 400 })', "
        "or return a result object '{ ok: false, error }' to the caller",
    ),
    "try": (
        "'try/catch' is not supported",
        "check before acting: parse with JSON.tryParse and test the 'ok' field of results from zigttp modules",
    ),
    "class": ("'class' is not supported", _CLASS_HELP),
    "this": ("'this' is not supported", "pass the object as an explicit parameter"),
    "super": ("'super' is not supported", "call the shared function directly"),
    "new": (
        "'new' is not supported",
        "call the factory without 'new': Response(...), Headers(...), Request(...), Uint8Array(...)",
    ),
    "new.target": ("'new.target' is not supported", _CONFIG_HELP),
    "import.meta": ("'import.meta' is not supported", _CONFIG_HELP),
    "function-expr": (
        "'function' expressions are not supported",
        "use an arrow function '(x) => ...' or a function declaration",
    ),
    "null": ("'null' is not supported", "use 'undefined' for absent values; JSON null is read as undefined"),
    "regex": ("'/regex/' is not supported", _REGEX_HELP),
    "function*": ("'function*' is not supported", "return an array, or use range() for number sequences"),
    "yield": ("'yield' is not supported", "return an array, or use range() for number sequences"),
    "async": ("'async' is not supported", _ASYNC_HELP),
    "await": ("'await' is not supported", _ASYNC_HELP),
    "Promise": ("'Promise' is not supported", _ASYNC_HELP),
    "delete": ("'delete' is not supported", "build a copy without the key: const { key: _omit, ...rest } = obj"),
    "==": ("'==' is not supported", "use '===' (strict equality)"),
    "!=": ("'!=' is not supported", "use '!==' (strict inequality)"),
    "instanceof": (
        "'instanceof' is not supported",
        "use typeof, Array.isArray(), or a discriminant property such as 'kind'",
    ),
    "++": ("'++' is not supported", "use 'x += 1'"),
    "--": ("'--' is not supported", "use 'x -= 1'"),
    "void": ("'void' is not supported", "write 'undefined'"),
    "comma": ("'comma operator' is not supported", "write separate statements or declarations"),
    "get": ("'get' is not supported", _GETSET_HELP),
    "set": ("'set' is not supported", _GETSET_HELP),
    "with": ("'with' is not supported", "destructure the object: const { a, b } = obj"),
    "debugger": ("'debugger' is not supported", "log values with console.log()"),
    "eval": ("'eval' is not supported", "write the code directly; code cannot be evaluated at run time"),
    "arguments": ("'arguments' is not supported", "declare a rest parameter: (...args) => ..."),
    "tagged-template": (
        "'tagged template' is not supported",
        "call the function with a template literal argument: f(`...`)",
    ),
    "Object.assign": ("'Object.assign' is not supported", "use spread: { ...a, ...b }"),
    "Object.freeze": ("'Object.freeze' is not supported", _FREEZE_HELP),
    "Object.isFrozen": ("'Object.isFrozen' is not supported", _FREEZE_HELP),
    "BigInt": ("'BigInt' is not supported", "use a number (integers are exact up to 2^53 - 1) or a decimal string"),
    "Symbol": ("'Symbol' is not supported", "use string keys"),
    "RegExp": ("'RegExp' is not supported", _REGEX_HELP),
    "import-default": ("'import x from' is not supported", 'use a named import: import { x } from "m"'),
    "import-star": ("'import * as' is not supported", 'import the names you use: import { a, b } from "m"'),
    "import-bare": ("'import \"module\"' is not supported", 'import the names you use: import { a } from "m"'),
    "import()": ("'import()' is not supported", "use a static named import at the top of the file"),
    "export-default": (
        "'export default' is not supported",
        "export a named declaration: export function handler(req: Request): Response { ... }",
    ),
    "export-list": (
        "'export { }' is not supported",
        "put 'export' on the declaration itself: export const a = ...",
    ),
    "export-star": ("'export *' is not supported", "import the names and use them directly"),
    "enum": ("'enum' is not supported", _ENUM_HELP),
    "const-enum": ("'const enum' is not supported", _ENUM_HELP),
    "namespace": ("'namespace' is not supported", "use a separate file with named exports"),
    "declare": (
        "'declare' is not supported",
        'all globals are built in; import module functions from "zigttp:*"',
    ),
    # SPEC §0.15 overrides the help of the §4.1 table.
    "decorator": (
        "'@decorator' is not supported",
        "call the wrapper explicitly: const authed = withAuth(baseHandler); "
        "export function handler(req: Request): Response { return authed(req); }",
    ),
    "public": ("'public' is not supported", _ACCESS_HELP),
    "private": ("'private' is not supported", _ACCESS_HELP),
    "protected": ("'protected' is not supported", _ACCESS_HELP),
    "implements": ("'implements' is not supported", "annotate the value instead: const shape: Shape = { ... }"),
    "abstract": ("'abstract' is not supported", _CLASS_HELP),
    "#private": ("'#private' is not supported", _CLASS_HELP),
    "any": ("'any' is not supported", "use 'unknown' or write the precise type"),
    "as": ("'as' is not supported", _AS_HELP),
    "satisfies": ("'satisfies' is not supported", "annotate the declaration: const x: T = ..."),
    "x!": ("'x!' is not supported", "check explicitly: if (x === undefined) { return ...; }"),
    "<T>x": ("'<T>x' is not supported", _AS_HELP),
    "conditional-type": ("'conditional type' is not supported", _TYPE_LEVEL_HELP),
    "mapped-type": ("'mapped type' is not supported", _TYPE_LEVEL_HELP),
    "template-literal-type": ("'template literal type' is not supported", _TYPE_LEVEL_HELP),
    "indexed-access-type": ("'indexed access type' is not supported", _TYPE_LEVEL_HELP),
    "infer": ("'infer' is not supported", _TYPE_LEVEL_HELP),
    "overload": ("'function overload' is not supported", "declare one signature with union parameter types"),
}


def jsx_in(ext: str) -> tuple[str, str]:
    """``'JSX' is not supported in .ts files`` (resp. ``.js``)."""
    target = ".tsx" if ext == "ts" else ".jsx"
    return f"'JSX' is not supported in .{ext} files", f"rename the file to {target}"


def type_syntax_in(ext: str) -> tuple[str, str]:
    """``'type annotation' is not supported in .js files`` (resp. ``.jsx``)."""
    target = ".tsx" if ext == "jsx" else ".ts"
    return (
        f"'type annotation' is not supported in .{ext} files",
        f"rename the file to {target}, or remove the annotation",
    )


# Globals of §4.1 that are rejected by name (ZT0200) when not shadowed.
UNSUPPORTED_GLOBALS = {
    "Promise": "Promise",
    "eval": "eval",
    "arguments": "arguments",
    "Symbol": "Symbol",
    "RegExp": "RegExp",
    "BigInt": "BigInt",
}

# Members of ``Object`` rejected by name (ZT0200).
UNSUPPORTED_OBJECT_MEMBERS = frozenset(["assign", "freeze", "isFrozen"])

_ERROR_HELP = "return an error Response, or a result object { ok: false, error } for the caller to check"
_ENV_HELP = 'use named imports; read environment variables with env() from "zigttp:env"'

# §4.2: unavailable globals (ZT0201) and their help.
UNAVAILABLE: dict[str, str] = {
    "Map": "use a plain object with Object.keys / Object.entries, or an array of [key, value] pairs",
    "Set": "use an array with .includes(), or an object whose keys are the members",
    **dict.fromkeys(
        ["WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry"], "use plain objects; values never outlive a request"
    ),
    **dict.fromkeys(["Proxy", "Reflect"], "read and write properties directly"),
    "Date": "use Date.now() for epoch milliseconds and do date arithmetic on numbers",
    "Intl": "format numbers with toFixed() and pad strings with padStart()",
    **dict.fromkeys(
        ["setTimeout", "setInterval", "setImmediate", "queueMicrotask"],
        "handlers run to completion; there are no timers",
    ),
    "fetch": "use fetchSync(url, init); it returns a Response directly",
    **dict.fromkeys(
        ["URL", "URLSearchParams"], "use req.path and req.query; decode other values with decodeURIComponent"
    ),
    **dict.fromkeys(
        ["TextEncoder", "TextDecoder"],
        "strings are converted to UTF-8 automatically; for bytes use base64DecodeBytes and base64Encode "
        'from "zigttp:crypto"',
    ),
    **dict.fromkeys(["atob", "btoa"], 'use base64Decode / base64Encode from "zigttp:crypto"'),
    "crypto": 'import { sha256, hmacSha256, randomUUID } from "zigttp:crypto"',
    **dict.fromkeys(["require", "module", "exports", "process", "Buffer"], _ENV_HELP),
    **dict.fromkeys(
        [
            "Error",
            "TypeError",
            "RangeError",
            "SyntaxError",
            "ReferenceError",
            "URIError",
            "EvalError",
            "AggregateError",
        ],
        _ERROR_HELP,
    ),
    "Function": "use an arrow function",
    **dict.fromkeys(
        ["ArrayBuffer", "SharedArrayBuffer", "DataView", "Atomics"], "use a typed array such as Uint8Array(...)"
    ),
    **dict.fromkeys(
        ["Uint8ClampedArray", "BigInt64Array", "BigUint64Array"], "use Uint8Array, Int32Array or Float64Array"
    ),
    "structuredClone": "copy with spread: { ...obj } or [...items]",
}
