"""The zigttp:* virtual modules (SPEC §11) and their run-time configuration.

``MODULES`` maps each specifier to its exports (JS name -> function); ``vm.namespace.virtual_export`` binds
imports from it. Heavy dependencies (jsonschema for zigttp:validate, urllib3 for outbound HTTP) are
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

from collections.abc import Callable
from typing import Any

from . import auth, cache, crypto, env, io, router, validate

__all__ = ["MODULES", "get_export"]

MODULES: dict[str, dict[str, Callable[..., Any]]] = {
    "zigttp:env": env.EXPORTS,
    "zigttp:crypto": crypto.EXPORTS,
    "zigttp:router": router.EXPORTS,
    "zigttp:auth": auth.EXPORTS,
    "zigttp:validate": validate.EXPORTS,
    "zigttp:cache": cache.EXPORTS,
    "zigttp:io": io.EXPORTS,
}


def get_export(module: str, name: str) -> Callable[..., Any] | None:
    """Export ``name`` of virtual module ``module``, or None when either does not exist."""
    exports = MODULES.get(module)
    return None if exports is None else exports.get(name)
