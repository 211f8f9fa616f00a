"""zigttp:env (SPEC §11.2): ``env(name)`` reads the process environment at call time."""

from __future__ import annotations

import os
from typing import Any

from ..utf16 import to_js, to_py
from .common import arg_error, capability_error, js_function
from .config import current_config
from .context import forbid_in_thunk

__all__ = ["env", "EXPORTS"]


@js_function("env", 1)
def env(name: Any = None, *_: Any) -> str | None:
    """The value of environment variable ``name``, or undefined when it is not set."""
    if type(name) is str and not current_config().policy.env_allowed(name):
        capability_error(f"env access '{name}' is not allowed by capability policy")
    if type(name) is not str:
        arg_error("env", "name", "a string")
    forbid_in_thunk("env")
    value = os.environ.get(to_py(name))
    return None if value is None else to_js(value)


EXPORTS = {"env": env}
