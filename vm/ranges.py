"""``range(...)`` values (SPEC §3.12): lazy, re-iterable integer sequences following Python's ``range``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .errors import range_error
from .values import HostObject


class Range(HostObject):
    """A lazy range of numbers. ``typeof`` is "object"; iteration yields floats."""

    __slots__ = ("start", "stop", "step")
    js_class = "Object"

    def __init__(self, start: int, stop: int, step: int) -> None:
        self.start = start
        self.stop = stop
        self.step = step

    def js_iter(self) -> Iterator[float]:
        """Iterate the values as JS numbers."""
        return map(float, range(self.start, self.stop, self.step))

    def js_len(self) -> int:
        """Number of values (used by spread and ``Array.from`` to presize)."""
        return len(range(self.start, self.stop, self.step))

    def js_inspect_text(self) -> str:
        return f"range({self.start}, {self.stop}, {self.step})"

    def js_keys(self) -> list[str]:
        return []

    def js_set(self, key: str, value: Any) -> None:
        from .errors import type_error

        type_error(f"Cannot set property '{key}' on a range")


def _integer(v: Any) -> int:
    t = type(v)
    if t is int:
        return v
    if t is float and v.is_integer():
        return int(v)
    range_error("range() arguments must be integers")


def make_range(*args: Any) -> Range:
    """The global ``range(end)`` / ``range(start, end, step?)``."""
    if not args:
        range_error("range() arguments must be integers")
    if len(args) == 1:
        start, stop, step = 0, _integer(args[0]), 1
    else:
        start, stop = _integer(args[0]), _integer(args[1])
        step = _integer(args[2]) if len(args) > 2 and args[2] is not None else 1
    if step == 0:
        range_error("range() step must not be zero")
    return Range(start, stop, step)
