"""zigttp:validate (SPEC §11.6, §0.14): JSON Schema 2020-12 through the ``jsonschema`` library.

The registry maps names to compiled schemas (per worker process). Validation runs on the *instance* form
of the data: Python JSON values as ``json.loads`` gives them (``None`` is JSON ``null``, strings are real
code points so ``minLength`` counts code points). The library's errors are turned into zigttp's own
messages at RFC 6901 pointers (``errors.py``); keywords whose errors must point somewhere else than the
library's (``required``, ``additionalProperties: false``, ...) are replaced by small keyword functions.

``jsonschema`` and ``referencing`` are imported on the first ``schemaCompile``, never on import.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

from ..jsjson import JSONSyntaxError, parse_text, stringify
from ..utf16 import to_js, to_py, to_utf8
from ..values import FrozenObject, JSArray, JSObject
from .common import failures, js_function, ok_value, optional_string, require_string
from .context import forbid_in_thunk

__all__ = [
    "schemaCompile",
    "validateJson",
    "validateObject",
    "coerceJson",
    "schemaDrop",
    "compile_schema",
    "CompiledSchema",
    "REGISTRY",
    "MAX_SCHEMA_BYTES",
    "MAX_ERRORS",
    "EXPORTS",
]

MAX_SCHEMA_BYTES = 1024 * 1024
MAX_ERRORS = 100
_EMPTY_INPUT = "invalid JSON at position 0: unexpected end of input"


@dataclass
class CompiledSchema:
    """One registered schema: the root schema, its validator and the resolver for local references."""

    schema: Any
    validator: Any
    resolver: Any


REGISTRY: dict[str, CompiledSchema] = {}
_LOCK = threading.Lock()


def _reject_constant(name: str) -> Any:
    raise ValueError(f"invalid constant {name}")


def _load_json(text: str) -> Any:
    """Python JSON data for JS JSON text (NaN/Infinity literals refused)."""
    return json.loads(to_py(text), parse_constant=_reject_constant)


def compile_schema(text: str) -> CompiledSchema | None:
    """Compile schema JSON text, or None when it is not JSON, larger than 1 MiB, not a valid 2020-12 schema
    (including a pattern outside the shared regex dialect), or has an unresolvable reference."""
    if len(to_utf8(text)) > MAX_SCHEMA_BYTES:
        return None
    try:
        schema = _load_json(text)
    except (ValueError, RecursionError):
        return None
    from . import schema_engine

    return schema_engine.compile_document(schema)


def _lookup(fn: str, name: Any) -> tuple[str, CompiledSchema | None]:
    name = require_string(fn, "name", name)
    return name, REGISTRY.get(name)


def _not_found(name: str) -> FrozenObject:
    return failures([("", f"schema '{name}' not found")])


def _to_js(value: Any) -> Any:
    """Instance data -> JS values (``null`` becomes undefined, integers become floats)."""
    t = type(value)
    if t is str:
        return to_js(value)
    if t is int:
        return float(value)
    if t is dict:
        return JSObject((to_js(k), _to_js(v)) for k, v in value.items())
    if t is list:
        return JSArray(_to_js(v) for v in value)
    return value  # None, bool, float


def _parse_input(json_text: str | None) -> tuple[Any, Any] | str:
    """(JS value, instance) of JSON input, or the parse error message."""
    if json_text is None:
        return _EMPTY_INPUT
    try:
        value = parse_text(json_text)
    except JSONSyntaxError as exc:
        return exc.message
    return value, _load_json(json_text)


def _result(compiled: CompiledSchema, instance: Any, value: Any) -> FrozenObject:
    from . import schema_engine

    errors = schema_engine.validation_errors(compiled, instance)
    if errors:
        return failures(errors)
    return ok_value(value)


@js_function("schemaCompile", 2)
def schemaCompile(name: Any = None, schemaJson: Any = None, *_: Any) -> bool:  # noqa: N802, N803 - JS names
    """Compile ``schemaJson`` under ``name`` (replacing an earlier schema); false when it is invalid."""
    forbid_in_thunk("schemaCompile")
    name = require_string("schemaCompile", "name", name)
    text = require_string("schemaCompile", "schemaJson", schemaJson)
    compiled = compile_schema(text)
    if compiled is None:
        return False
    with _LOCK:
        REGISTRY[name] = compiled
    return True


@js_function("validateJson", 2)
def validateJson(name: Any = None, json: Any = None, *_: Any) -> FrozenObject:  # noqa: N802
    """Parse ``json`` and validate it against schema ``name``."""
    name, compiled = _lookup("validateJson", name)
    text = optional_string("validateJson", "json", json)
    if compiled is None:
        return _not_found(name)
    parsed = _parse_input(text)
    if type(parsed) is str:
        return failures([("", parsed)])
    value, instance = parsed
    return _result(compiled, instance, value)


@js_function("validateObject", 2)
def validateObject(name: Any = None, value: Any = None, *_: Any) -> FrozenObject:  # noqa: N802
    """Validate a JS value (as ``JSON.stringify`` would serialise it) against schema ``name``."""
    name, compiled = _lookup("validateObject", name)
    if compiled is None:
        return _not_found(name)
    text = stringify(value)
    if text is None:
        return failures([("", _EMPTY_INPUT)])
    return _result(compiled, _load_json(text), value)


@js_function("coerceJson", 2)
def coerceJson(name: Any = None, json: Any = None, *_: Any) -> FrozenObject:  # noqa: N802
    """Parse ``json``, coerce it towards schema ``name`` (§11.6), validate, return the coerced value."""
    name, compiled = _lookup("coerceJson", name)
    text = optional_string("coerceJson", "json", json)
    if compiled is None:
        return _not_found(name)
    parsed = _parse_input(text)
    if type(parsed) is str:
        return failures([("", parsed)])
    from . import schema_engine

    instance = schema_engine.coerce(compiled, parsed[1])
    return _result(compiled, instance, _to_js(instance))


@js_function("schemaDrop", 1)
def schemaDrop(name: Any = None, *_: Any) -> bool:  # noqa: N802
    """Remove schema ``name``; true if it was registered."""
    forbid_in_thunk("schemaDrop")
    name = require_string("schemaDrop", "name", name)
    with _LOCK:
        return REGISTRY.pop(name, None) is not None


EXPORTS = {
    "schemaCompile": schemaCompile,
    "validateJson": validateJson,
    "validateObject": validateObject,
    "coerceJson": coerceJson,
    "schemaDrop": schemaDrop,
}
