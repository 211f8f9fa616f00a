"""Helpers shared by the zigttp:* modules: JS-visible function naming, argument checks (§11.1), result
shapes (§11.9) and reading fields of JS objects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from ..conversions import own_keys
from ..errors import type_error
from ..utf16 import to_utf8
from ..values import FrozenArray, FrozenObject, HostObject, JSError

__all__ = [
    "js_function",
    "arg_error",
    "capability_error",
    "require_string",
    "optional_string",
    "is_uint8array",
    "data_bytes",
    "field",
    "is_object",
    "ok_value",
    "failure",
    "failures",
    "frozen",
    "is_number",
    "plain_keys",
]

F = TypeVar("F", bound=Callable[..., Any])


def js_function(name: str, length: int) -> Callable[[F], F]:
    """Give a Python function its JS ``name`` and ``length`` (console output, ``fn.name``)."""

    def wrap(fn: F) -> F:
        fn.__name__ = name
        fn.__qualname__ = name
        fn.js_length = length  # type: ignore[attr-defined]
        return fn

    return wrap


def arg_error(fn: str, param: str, expected: str) -> NoReturn:
    """``TypeError: <fn>(): '<param>' must be <expected>`` (§11.1)."""
    type_error(f"{fn}(): '{param}' must be {expected}")


def capability_error(message: str) -> NoReturn:
    """``CapabilityError: <message>`` (§14.6)."""
    raise JSError("CapabilityError", message)


def require_string(fn: str, param: str, value: Any) -> str:
    if type(value) is not str:
        arg_error(fn, param, "a string")
    return value


def optional_string(fn: str, param: str, value: Any) -> str | None:
    if value is not None and type(value) is not str:
        arg_error(fn, param, "a string or undefined")
    return value


def is_uint8array(value: Any) -> bool:
    return isinstance(value, HostObject) and value.js_class == "Uint8Array"


def data_bytes(fn: str, param: str, value: Any) -> bytes:
    """The bytes of a ``string | Uint8Array`` argument (strings as UTF-8)."""
    if type(value) is str:
        return to_utf8(value)
    if is_uint8array(value):
        return value.to_bytes()
    arg_error(fn, param, "a string or Uint8Array")


def is_object(value: Any) -> bool:
    """A JS object value other than an array or a function (plain object or host object)."""
    if isinstance(value, dict):
        return True
    return isinstance(value, HostObject) and not callable(value)


def field(obj: Any, key: str) -> Any:
    """``obj[key]`` for a plain or host object (undefined otherwise)."""
    if isinstance(obj, dict):
        return obj.get(key)
    if isinstance(obj, HostObject):
        return obj.js_get(key)
    return None


def is_number(value: Any) -> bool:
    return type(value) is float or type(value) is int


def frozen(**items: Any) -> FrozenObject:
    """A frozen plain object with ``items`` in order (§11.9)."""
    return FrozenObject(items)


def ok_value(value: Any) -> FrozenObject:
    """``{ ok: true, value }``."""
    return FrozenObject(ok=True, value=value)


def failure(error: str) -> FrozenObject:
    """``{ ok: false, error }``."""
    return FrozenObject(ok=False, error=error)


def failures(errors: list[tuple[str, str]]) -> FrozenObject:
    """``{ ok: false, errors: [{ path, message }, ...] }``."""
    items = FrozenArray(FrozenObject(path=path, message=message) for path, message in errors)
    return FrozenObject(ok=False, errors=items)


def plain_keys(obj: Any) -> list[str]:
    """Own enumerable keys of a plain or host object in property order."""
    if isinstance(obj, dict):
        return own_keys(obj)
    if isinstance(obj, HostObject):
        return obj.js_keys()
    return []

