"""The zigttp:* virtual modules (SPEC §11) and their run-time configuration.

``MODULES`` maps each specifier to its exports (JS name -> function), built on first access;
``vm.namespace.virtual_export`` binds imports from it. Heavy dependencies (jsonschema for zigttp:validate, urllib3 for outbound HTTP) are
imported on first use, never here.

| module          | file        |
|-----------------|-------------|
| zigttp:env      | env.py      |
| zigttp:crypto   | crypto.py   |
| zigttp:router   | router.py   |
| zigttp:auth     | auth.py     |
| zigttp:validate | validate.py (engine: schema_engine.py, formats.py, regex_dialect.py) |
| zigttp:cache    | cache.py    |
| zigttp:io       | io.py       |

config.py holds the process's ``RuntimeConfig`` (outbound flags, cache limits, capability policy);
context.py tracks module loading, ``parallel()`` thunks and request ends; runtime.py wires a loaded program
to them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["MODULES", "SPECIFIERS", "get_export"]

SPECIFIERS: dict[str, str] = {
    "zigttp:env": "env",
    "zigttp:crypto": "crypto",
    "zigttp:router": "router",
    "zigttp:auth": "auth",
    "zigttp:validate": "validate",
    "zigttp:cache": "cache",
    "zigttp:io": "io",
}

_MODULES: dict[str, dict[str, Callable[..., Any]]] = {}


def _load() -> dict[str, dict[str, Callable[..., Any]]]:
    if not _MODULES:
        for spec, name in SPECIFIERS.items():
            _MODULES[spec] = importlib.import_module(f"{__name__}.{name}").EXPORTS
    return _MODULES


def __getattr__(name: str) -> Any:
    # ``MODULES`` is built on first access: importing this package (outbound HTTP needs config.py) must
    # not import every module.
    if name == "MODULES":
        return _load()
    raise AttributeError(name)


def get_export(module: str, name: str) -> Callable[..., Any] | None:
    """Export ``name`` of virtual module ``module``, or None when either does not exist."""
    exports = _load().get(module)
    return None if exports is None else exports.get(name)
