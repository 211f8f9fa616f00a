"""Raising JS errors from runtime helpers."""

from __future__ import annotations

from typing import NoReturn

from .values import JSError


def throw(name: str, message: str) -> NoReturn:
    """Raise ``<name>: <message>`` as a JS runtime error (SPEC §3.16)."""
    raise JSError(name, message)


def type_error(message: str) -> NoReturn:
    raise JSError("TypeError", message)


def range_error(message: str) -> NoReturn:
    raise JSError("RangeError", message)
