"""The jsonschema side of zigttp:validate: compiling schemas, zigttp's error messages and coercion.

Imported on first use only (jsonschema costs ~180 ms of start-up). The validator class is
``Draft202012Validator`` extended with keyword functions whose errors must point at the offending member
(``required``, ``dependentRequired``, ``additionalProperties``/``unevaluatedProperties: false``,
``items``/``unevaluatedItems: false``) or need one message per name or count (``propertyNames``,
``contains``); every other keyword keeps the library's implementation and its error is re-worded from
``error.validator``, ``error.validator_value`` and ``error.instance``.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import referencing
import referencing.exceptions
from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from jsonschema._utils import (
    find_additional_properties,
    find_evaluated_item_indexes_by_schema,
    find_evaluated_property_keys_by_schema,
)
from jsonschema.exceptions import SchemaError
from jsonschema.validators import extend
from jsonschema_specifications import REGISTRY as SPECIFICATIONS
from referencing.jsonschema import DRAFT202012

from ..jsjson import quote
from ..numfmt import number_to_string
from ..utf16 import to_js
from .formats import FORMATS
from .regex_dialect import is_valid_pattern
from .validate import MAX_ERRORS, CompiledSchema

__all__ = ["compile_document", "validation_errors", "coerce", "subschemas"]

_MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_KEYWORDS = ("additionalProperties", "unevaluatedProperties", "unevaluatedItems", "items", "contains",
                    "propertyNames", "not", "if", "then", "else", "contentSchema")
_LIST_KEYWORDS = ("prefixItems", "allOf", "anyOf", "oneOf")


def subschemas(schema: dict[str, Any]) -> Iterator[Any]:
    """The immediate subschemas of a schema object (never ``const``/``enum``/``default`` values)."""
    for kw in _MAP_KEYWORDS:
        members = schema.get(kw)
        if isinstance(members, dict):
            yield from members.values()
    for kw in _SCHEMA_KEYWORDS:
        if kw in schema:
            yield schema[kw]
    for kw in _LIST_KEYWORDS:
        members = schema.get(kw)
        if isinstance(members, list):
            yield from members


def _without_dialect(schema: Any) -> Any:
    """A copy of ``schema`` without ``$schema`` keywords (SPEC §11.6: ``$schema`` is ignored)."""
    if not isinstance(schema, dict):
        return schema
    out = {k: v for k, v in schema.items() if k != "$schema"}
    for kw in _MAP_KEYWORDS:
        if isinstance(out.get(kw), dict):
            out[kw] = {k: _without_dialect(v) for k, v in out[kw].items()}
    for kw in _SCHEMA_KEYWORDS:
        if kw in out:
            out[kw] = _without_dialect(out[kw])
    for kw in _LIST_KEYWORDS:
        if isinstance(out.get(kw), list):
            out[kw] = [_without_dialect(v) for v in out[kw]]
    return out


def _patterns_ok(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return True
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not is_valid_pattern(pattern):
        return False
    props = schema.get("patternProperties")
    if isinstance(props, dict) and not all(is_valid_pattern(p) for p in props):
        return False
    return all(_patterns_ok(sub) for sub in subschemas(schema))


def _refs_ok(schema: Any, resolver: Any, root: bool = True) -> bool:
    if not isinstance(schema, dict):
        return True
    if not root and isinstance(schema.get("$id"), str):
        resolver = resolver.in_subresource(DRAFT202012.create_resource(schema))
    for kw in ("$ref", "$dynamicRef"):
        ref = schema.get(kw)
        if isinstance(ref, str):
            try:
                resolver.lookup(ref)
            except (referencing.exceptions.Unresolvable, ValueError, LookupError):
                return False
    return all(_refs_ok(sub, resolver, False) for sub in subschemas(schema))


def _refuse(uri: str) -> Any:
    raise referencing.exceptions.NoSuchResource(ref=uri)


# ---------------------------------------------------------------------------------------------------------
# Keyword functions with zigttp's error locations
# ---------------------------------------------------------------------------------------------------------


def _error(message: str, path: tuple[Any, ...] = ()) -> ValidationError:
    err = ValidationError(message, path=path)
    err.zigttp_message = message  # type: ignore[attr-defined]
    return err


def _required(validator: Any, required: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    for name in required:
        if name not in instance:
            yield _error(f"missing required property '{name}'", (name,))


def _dependent_required(validator: Any, dependent: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    for prop, names in dependent.items():
        if prop in instance:
            for name in names:
                if name not in instance:
                    yield _error(f"missing property '{name}' required by '{prop}'", (name,))


_BASE = Draft202012Validator.VALIDATORS


def _additional_properties(validator: Any, ap: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if ap is not False:
        yield from _BASE["additionalProperties"](validator, ap, instance, schema)
    elif validator.is_type(instance, "object"):
        for extra in find_additional_properties(instance, schema):
            yield _error(f"unexpected property '{extra}'", (extra,))


def _unevaluated_properties(validator: Any, up: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if up is not False:
        yield from _BASE["unevaluatedProperties"](validator, up, instance, schema)
    elif validator.is_type(instance, "object"):
        evaluated = find_evaluated_property_keys_by_schema(validator, instance, schema)
        for prop in instance:
            if prop not in evaluated:
                yield _error(f"unexpected property '{prop}'", (prop,))


def _items(validator: Any, items: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if items is not False:
        yield from _BASE["items"](validator, items, instance, schema)
    elif validator.is_type(instance, "array"):
        for i in range(len(schema.get("prefixItems", [])), len(instance)):
            yield _error("unexpected item", (i,))


def _unevaluated_items(validator: Any, ui: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if ui is not False:
        yield from _BASE["unevaluatedItems"](validator, ui, instance, schema)
    elif validator.is_type(instance, "array"):
        evaluated = find_evaluated_item_indexes_by_schema(validator, instance, schema)
        for i in range(len(instance)):
            if i not in evaluated:
                yield _error("unexpected item", (i,))


def _property_names(validator: Any, names: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    check = validator.evolve(schema=names)
    for prop in instance:
        if not check.is_valid(prop):
            yield _error(f"property name '{prop}' is invalid")


def _contains(validator: Any, contains: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "array"):
        return
    check = validator.evolve(schema=contains)
    matches = sum(1 for item in instance if check.is_valid(item))
    least = schema.get("minContains", 1)
    most = schema.get("maxContains")
    if matches < least:
        yield _error(f"must contain at least {_num(least)} matching items")
    elif most is not None and matches > most:
        yield _error(f"must contain at most {_num(most)} matching items")


def _with_false_paths(cls: Any) -> Any:
    """jsonschema's ``descend`` reports a ``false`` subschema without the child's path; report it at the
    child (``properties: {a: false}`` fails at ``/a``)."""
    descend = cls.descend

    def descend_with_path(self: Any, instance: Any, schema: Any, path: Any = None, schema_path: Any = None,
                          resolver: Any = None) -> Iterator[ValidationError]:
        if schema is False:
            yield ValidationError("False schema does not allow the value", validator=None, validator_value=None,
                                  instance=instance, schema=schema, path=() if path is None else (path,))
            return
        yield from descend(self, instance, schema, path, schema_path, resolver)

    cls.descend = descend_with_path
    return cls


@functools.cache
def _validator_class() -> Any:
    return _with_false_paths(extend(Draft202012Validator, validators={
        "required": _required,
        "dependentRequired": _dependent_required,
        "additionalProperties": _additional_properties,
        "unevaluatedProperties": _unevaluated_properties,
        "items": _items,
        "unevaluatedItems": _unevaluated_items,
        "propertyNames": _property_names,
        "contains": _contains,
    }))


@functools.cache
def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    for name, check in FORMATS.items():
        checker.checks(name)(functools.partial(_check_string, check))
    return checker


def _check_string(check: Callable[[str], bool], value: Any) -> bool:
    return not isinstance(value, str) or check(value)


def compile_document(schema: Any) -> CompiledSchema | None:
    """Compile parsed schema data (see ``validate.compile_schema``)."""
    if not isinstance(schema, (dict, bool)):
        return None
    schema = _without_dialect(schema)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            Draft202012Validator.check_schema(schema)
        except (SchemaError, RecursionError):
            return None
    if not _patterns_ok(schema):
        return None
    registry = referencing.Registry(retrieve=_refuse)  # type: ignore[call-arg]
    resolver = SPECIFICATIONS.combine(registry).resolver_with_root(DRAFT202012.create_resource(schema))
    try:
        if not _refs_ok(schema, resolver):
            return None
    except RecursionError:
        return None
    validator = _validator_class()(schema, registry=registry, format_checker=_format_checker())
    return CompiledSchema(schema, validator, resolver)


# ---------------------------------------------------------------------------------------------------------
# Messages (§11.6)
# ---------------------------------------------------------------------------------------------------------


def _num(n: Any) -> str:
    return number_to_string(float(n))


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _json_text(value: Any) -> str:
    """Compact JSON of schema data, numbers formatted as JavaScript does."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _num(value)
    if isinstance(value, str):
        return quote(to_js(value))
    if isinstance(value, list):
        return "[" + ",".join(_json_text(v) for v in value) + "]"
    return "{" + ",".join(f"{quote(to_js(k))}:{_json_text(v)}" for k, v in value.items()) + "}"


def _type_message(err: ValidationError) -> str:
    types = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
    return f"expected {' or '.join(str(t) for t in types)}, got {_json_type(err.instance)}"


_MESSAGES: dict[str, Callable[[ValidationError], str]] = {
    "type": _type_message,
    "enum": lambda e: "value is not one of the allowed values",
    "const": lambda e: f"value must be {_json_text(e.validator_value)}",
    "minLength": lambda e: f"must be at least {_num(e.validator_value)} characters long",
    "maxLength": lambda e: f"must be at most {_num(e.validator_value)} characters long",
    "pattern": lambda e: f"does not match pattern '{e.validator_value}'",
    "format": lambda e: f"is not a valid {e.validator_value}",
    "minimum": lambda e: f"must be >= {_num(e.validator_value)}",
    "maximum": lambda e: f"must be <= {_num(e.validator_value)}",
    "exclusiveMinimum": lambda e: f"must be > {_num(e.validator_value)}",
    "exclusiveMaximum": lambda e: f"must be < {_num(e.validator_value)}",
    "multipleOf": lambda e: f"must be a multiple of {_num(e.validator_value)}",
    "minItems": lambda e: f"must have at least {_num(e.validator_value)} items",
    "maxItems": lambda e: f"must have at most {_num(e.validator_value)} items",
    "uniqueItems": lambda e: "items must be unique",
    "minProperties": lambda e: f"must have at least {_num(e.validator_value)} properties",
    "maxProperties": lambda e: f"must have at most {_num(e.validator_value)} properties",
    "oneOf": lambda e: "must match exactly one schema in oneOf",
    "anyOf": lambda e: "must match at least one schema in anyOf",
    "not": lambda e: "must not match the schema in not",
}


def _message(err: ValidationError) -> str:
    own = getattr(err, "zigttp_message", None)
    if own is not None:
        return own
    if err.validator is None:  # the ``false`` schema
        return "no value is allowed here"
    make = _MESSAGES.get(str(err.validator))
    return make(err) if make is not None else err.message


def _pointer(path: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def validation_errors(compiled: CompiledSchema, instance: Any) -> list[tuple[str, str]]:
    """zigttp's ``(path, message)`` errors (UTF-16 form), sorted by path then message, at most 100."""
    found: set[tuple[str, str]] = set()
    for err in compiled.validator.iter_errors(instance):
        found.add((to_js(_pointer(err.absolute_path)), to_js(_message(err))))
    return sorted(found)[:MAX_ERRORS]


# ---------------------------------------------------------------------------------------------------------
# Coercion (coerceJson)
# ---------------------------------------------------------------------------------------------------------

_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")
_MAX_COERCE_DEPTH = 400


def _own_types(value: Any) -> set[str]:
    if isinstance(value, bool):
        return {"boolean"}
    if isinstance(value, (int, float)):
        return {"number", "integer"} if float(value).is_integer() else {"number"}
    return {_json_type(value)}


def _coerce_type(value: Any, declared: Any) -> Any:
    if isinstance(declared, str):
        types = {declared}
    elif isinstance(declared, list):
        types = {t for t in declared if isinstance(t, str)}
    else:
        return value
    if _own_types(value) & types:
        return value
    if isinstance(value, str):
        if _JSON_NUMBER.match(value):
            n = float(value)
            if "number" in types or ("integer" in types and n.is_integer()):
                return n
        if value in ("true", "false") and "boolean" in types:
            return value == "true"
    elif isinstance(value, bool):
        if "string" in types:
            return "true" if value else "false"
    elif isinstance(value, (int, float)) and "string" in types:
        return number_to_string(float(value))
    return value


def _coerce(value: Any, schema: Any, resolver: Any, depth: int) -> Any:
    if not isinstance(schema, dict) or depth > _MAX_COERCE_DEPTH:
        return value
    if depth and isinstance(schema.get("$id"), str):
        resolver = resolver.in_subresource(DRAFT202012.create_resource(schema))
    value = _coerce_type(value, schema.get("type"))
    ref = schema.get("$ref")
    if isinstance(ref, str):
        try:
            resolved = resolver.lookup(ref)
        except (referencing.exceptions.Unresolvable, ValueError, LookupError):
            resolved = None
        if resolved is not None:
            value = _coerce(value, resolved.contents, resolved.resolver, depth + 1)
    for sub in schema.get("allOf") or ():
        value = _coerce(value, sub, resolver, depth + 1)
    if isinstance(value, dict):
        props = schema.get("properties")
        props = props if isinstance(props, dict) else {}
        extra = schema.get("additionalProperties")
        patterns = schema.get("patternProperties")
        patterns = list(patterns) if isinstance(patterns, dict) else []
        out = {}
        for key, item in value.items():
            if key in props:
                item = _coerce(item, props[key], resolver, depth + 1)
            elif isinstance(extra, dict) and not any(re.search(p, key) for p in patterns):
                item = _coerce(item, extra, resolver, depth + 1)
            out[key] = item
        return out
    if isinstance(value, list):
        prefix = schema.get("prefixItems")
        prefix = prefix if isinstance(prefix, list) else []
        items = schema.get("items")
        return [_coerce(item, prefix[i] if i < len(prefix) else items, resolver, depth + 1)
                for i, item in enumerate(value)]
    return value


def coerce(compiled: CompiledSchema, instance: Any) -> Any:
    """``instance`` coerced towards the compiled schema (§11.6)."""
    try:
        return _coerce(instance, compiled.schema, compiled.resolver, 0)
    except RecursionError:
        return instance
