"""The JS value model (DESIGN §5).

| JS value   | Python                                                                            |
|------------|-----------------------------------------------------------------------------------|
| undefined  | ``None``                                                                          |
| boolean    | ``bool`` (test ``type(v) is bool`` before any number check: bool is an int)       |
| number     | ``float`` always (helpers also accept ``int`` defensively, never produce it)      |
| string     | ``str`` in UTF-16 form: astral characters stored as surrogate pairs (``vm.strings``)|
| object     | ``JSObject`` (a ``dict`` subclass, str keys, insertion order)                     |
| array      | ``JSArray`` (a ``list`` subclass, dense)                                          |
| function   | a Python function that accepts any number of positional arguments                 |
| host values| subclasses of ``HostObject`` (Request, Response, Headers, typed arrays, ranges,   |
|            | JSX elements): property access goes through ``js_get``/``js_set``, never getattr |

Frozen module state (SPEC §3.15) swaps ``__class__`` to the Frozen* twin, so identity is preserved.
"""

from __future__ import annotations

from typing import Any


class JSObject(dict):
    """A plain JS object. Keys are str. Integer-like keys are ordered first only when enumerated."""

    __slots__ = ()


class JSArray(list):
    """A dense JS array."""

    __slots__ = ()


class FrozenObject(JSObject):
    """A JSObject created while modules were loading, read-only once requests are served."""

    __slots__ = ()


class FrozenArray(JSArray):
    """A JSArray created while modules were loading, read-only once requests are served."""

    __slots__ = ()


class HostObject:
    """Base of every runtime-provided object kind. Subclasses implement the JS-visible protocol."""

    __slots__ = ()
    js_class = "Object"  # used by ToString: "[object <js_class>]"

    def js_get(self, key: str) -> Any:
        return None

    def js_set(self, key: str, value: Any) -> None:
        from .errors import throw

        throw("TypeError", f"Cannot set property '{key}' on {self.js_class}")

    def js_keys(self) -> list[str]:
        return []


class HostFunction(HostObject):
    """A runtime-provided callable that also has properties (``Response``, ``Response.json`` lives on it,
    ``Uint8Array.from``, ...). ``typeof`` is "function". Subclasses implement ``__call__(*args)``."""

    __slots__ = ()
    js_name = ""

    def __call__(self, *args: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError


class JSError(Exception):
    """A JS runtime error (there is no try/catch: it always ends the request or script).

    ``location`` is ``(file, line, col)`` once known; the runtime fills it from the traceback of the
    generated code when it is not given.
    """

    def __init__(self, name: str, message: str, location: tuple[str, int, int] | None = None):
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message
        self.location = location

    def text(self) -> str:
        return f"{self.name}: {self.message}"


# Objects made read-only while parallel()/race() thunks run (SPEC §11.8): the zigttp:io module swaps them
# to FrozenObject/FrozenArray for the duration and lists their ids here, so that a write can name the
# right reason through ``frozen_message``.
THUNK_GUARDED: set[int] = set()
MODULE_STATE_MESSAGE = "Cannot modify module-level state during a request"
THUNK_GUARD_MESSAGE = "Cannot modify an object from outside the thunk while parallel() is running"


def frozen_message(obj: Any) -> str:
    """The TypeError text for a write to the frozen value ``obj``."""
    return THUNK_GUARD_MESSAGE if id(obj) in THUNK_GUARDED else MODULE_STATE_MESSAGE
