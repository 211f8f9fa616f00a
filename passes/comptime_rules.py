"""What may be called or read inside ``comptime(...)`` (SPEC §7.2), and the diagnostics texts (§7.4).

The values behind the names are the runtime library's own (vm/builtins.py), so build-time evaluation
follows run-time semantics exactly (§7.3).
"""

from __future__ import annotations

from typing import Any

from ..vm import builtins as lib
from .comptime_values import fnv1a

STEP_LIMIT = 10_000_000
RESULT_LIMIT = 1024 * 1024

HELP_NAME = "only literals, const bindings with build-time values, __VERSION__ and Env.NAME can be used inside comptime()"
HELP_CALL = ("inside comptime() only Math, JSON, hash, parsing functions and pure string, number and array methods "
             "can be called")
HELP_RANDOM = "comptime values must be reproducible; call Math.random() at run time instead"
HELP_UNAVAILABLE = "builds are reproducible; pass the value with --define {name}=... and read Env.{name}"
UNAVAILABLE = {"__BUILD_TIME__": "BUILD_TIME", "__GIT_COMMIT__": "GIT_COMMIT"}

# Identifiers that are values in every file.
LITERAL_NAMES: dict[str, Any] = {"undefined": None, "NaN": float("nan"), "Infinity": float("inf")}


def _hash(s: Any = None, *_: Any) -> str:
    from ..vm.conversions import to_string

    return fnv1a(s if type(s) is str else to_string(s))


_hash.__name__ = "hash"

# Global functions that may be called (or passed as a callback / piped into).
GLOBAL_FUNCTIONS: dict[str, Any] = {
    name: lib.GLOBALS[name]
    for name in ("parseInt", "parseFloat", "Number", "String", "Boolean", "isNaN", "isFinite", "encodeURI",
                 "encodeURIComponent", "decodeURI", "decodeURIComponent", "range")
}
GLOBAL_FUNCTIONS["hash"] = _hash

# Namespace objects whose members may be used, and which members.
NAMESPACES: dict[str, Any] = {name: lib.GLOBALS[name] for name in ("Math", "JSON", "Number", "String", "Object",
                                                                   "Array")}
_MATH_MEMBERS = frozenset(lib.MATH.members) - {"random"}
NAMESPACE_MEMBERS: dict[str, frozenset[str]] = {
    "Math": _MATH_MEMBERS,
    "JSON": frozenset({"parse", "stringify", "tryParse"}),
    "Number": frozenset(lib.NUMBER.statics),
    "String": frozenset({"fromCharCode", "fromCodePoint"}),
    "Object": frozenset({"keys", "values", "entries", "fromEntries", "hasOwn"}),
    "Array": frozenset({"isArray", "from", "of"}),
}

ARRAY_ALLOWED = frozenset(
    "at concat every filter find findIndex findLast findLastIndex flat flatMap includes indexOf join "
    "lastIndexOf map reduce reduceRight slice some toReversed toSorted toSpliced with toString".split()
)
STRING_ALLOWED = frozenset(lib.STRING_METHODS)
NUMBER_ALLOWED = frozenset(lib.NUMBER_METHODS)
BOOLEAN_ALLOWED = frozenset(lib.BOOLEAN_METHODS)
# A method name that no build-time receiver can call is rejected before evaluation.
ANY_METHOD = ARRAY_ALLOWED | STRING_ALLOWED | NUMBER_ALLOWED | BOOLEAN_ALLOWED


def namespace_member(namespace: str, key: str) -> tuple[bool, Any]:
    """(allowed, value) of ``Namespace.key``."""
    allowed = key in NAMESPACE_MEMBERS.get(namespace, frozenset())
    return allowed, NAMESPACES[namespace].js_get(key) if allowed else None


def method_table(receiver: Any) -> tuple[dict[str, Any] | None, frozenset[str]]:
    """The runtime's method table for a receiver and the names allowed at build time."""
    if isinstance(receiver, list):
        return lib.ARRAY_METHODS, ARRAY_ALLOWED
    t = type(receiver)
    if t is str:
        return lib.STRING_METHODS, STRING_ALLOWED
    if t is float or t is int:
        return lib.NUMBER_METHODS, NUMBER_ALLOWED
    if t is bool:
        return lib.BOOLEAN_METHODS, BOOLEAN_ALLOWED
    return None, frozenset()
