"""Wiring a loaded program to the runtime state of the zigttp:* modules and outbound HTTP.

``load(loader, config)`` installs the configuration, evaluates the program's modules inside ``loading()``
(outbound HTTP is unavailable then, §10.9) and wraps the program's handler so that thunks still running
in the background when a request ends are abandoned (§0.17). ``zigttp serve`` and ``zigttp run`` use it;
any other host of a program (tests, the Lambda entry) should too.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from .config import RuntimeConfig, configure
from .context import end_request, loading

__all__ = ["load", "bind_handler"]


def bind_handler(handler: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``handler`` followed, however it ends, by ``end_request()``."""

    @functools.wraps(handler)
    def run(request: Any = None) -> Any:
        try:
            return handler(request)
        finally:
            end_request()

    return run


def load(loader: Callable[[], Any], config: RuntimeConfig | None = None) -> Any:
    """Configure the runtime, evaluate the program with ``loader()`` and bind its handler."""
    if config is not None:
        configure(config)
    with loading():
        program = loader()
    handler = getattr(program, "handler", None)
    if handler is not None:
        program.handler = bind_handler(handler)
    return program
