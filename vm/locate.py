"""Map any exception raised while generated code runs to a located ``JSError`` (SPEC §3.16).

The location is the source position of the instruction the innermost generated frame was executing
(the bytecode pass stamps every instruction with the JS span it came from, and Python 3.11's
``co_positions`` returns it), so a helper that raises reports the JS expression that called it.
"""

from __future__ import annotations

import re
from types import CodeType, TracebackType
from typing import Any

from .namespace import demangle
from .values import JSError

_QUOTED = re.compile(r"'([^']+)'")
_NOT_CALLABLE = "object is not callable"


def _is_generated(tb: TracebackType) -> bool:
    return "Z_meta" in tb.tb_frame.f_globals


def _innermost(tb: TracebackType | None) -> tuple[TracebackType | None, TracebackType | None]:
    """(innermost generated traceback entry, innermost entry overall)."""
    generated = last = None
    while tb is not None:
        if _is_generated(tb):
            generated = tb
        last = tb
        tb = tb.tb_next
    return generated, last


def positions(code: CodeType, lasti: int) -> tuple[Any, Any, Any, Any] | None:
    """The ``co_positions`` entry of the instruction at byte offset ``lasti``."""
    if lasti < 0:
        return None
    for i, pos in enumerate(code.co_positions()):
        if i == lasti // 2:
            return pos
    return None


def location_of(tb: TracebackType) -> tuple[str, int, int] | None:
    """(file, line, col) of the instruction a generated frame was executing (1-based column)."""
    code = tb.tb_frame.f_code
    pos = positions(code, tb.tb_lasti)
    if pos is None or pos[0] is None:
        line = tb.tb_lineno
        return (code.co_filename, line, 1) if line else None
    col = pos[2] if pos[2] is not None else 0
    return (code.co_filename, pos[0], col + 1)


def _callee_source(tb: TracebackType) -> str | None:
    meta = tb.tb_frame.f_globals.get("Z_meta")
    callees = getattr(meta, "callees", None)
    if not callees:
        return None
    pos = positions(tb.tb_frame.f_code, tb.tb_lasti)
    return callees.get(tuple(pos)) if pos is not None else None


def _name_error(exc: NameError) -> JSError:
    name = getattr(exc, "name", None)
    if not name:
        m = _QUOTED.search(str(exc))
        name = m.group(1) if m else ""
    js_name = demangle(name) if name else None
    if js_name is None:
        return JSError("InternalError", f"{type(exc).__name__}: {exc}")
    if name.startswith("G_") and not name[-1:].isdigit():
        return JSError("ReferenceError", f"{js_name} is not defined")
    return JSError("ReferenceError", f"Cannot access '{js_name}' before initialization")


def _convert(exc: BaseException, generated: TracebackType | None, last: TracebackType | None) -> JSError:
    if isinstance(exc, JSError):
        return exc
    if isinstance(exc, RecursionError):
        return JSError("RangeError", "Maximum call stack size exceeded")
    if isinstance(exc, NameError):
        return _name_error(exc)
    if isinstance(exc, TypeError) and _NOT_CALLABLE in str(exc) and generated is not None and last is not None:
        from .ops import CALL_HELPERS

        direct = last is generated
        via_helper = False
        tb = generated.tb_next
        while tb is not None and tb.tb_frame.f_code in CALL_HELPERS:
            via_helper = tb is last
            tb = tb.tb_next
        if direct or via_helper:
            source = _callee_source(generated)
            if source is not None:
                return JSError("TypeError", f"{source} is not a function")
    if isinstance(exc, MemoryError):
        return JSError("RangeError", "Invalid array length")
    return JSError("InternalError", f"{type(exc).__name__}: {exc}")


def _clear_frames(tb: TracebackType | None) -> None:
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:  # a frame still running (the caller's)
            pass
        tb = tb.tb_next


def to_js_error(exc: BaseException) -> JSError:
    """A ``JSError`` with ``location`` for ``exc`` (returned unchanged when it already has one)."""
    if isinstance(exc, JSError) and exc.location is not None:
        return exc
    if isinstance(exc, MemoryError):
        # let the finished frames drop the values that filled memory before anything new is allocated
        # (positions stay readable: they come from the code objects and the traceback entries)
        _clear_frames(exc.__traceback__)
    generated, last = _innermost(exc.__traceback__)
    err = _convert(exc, generated, last)
    if err.location is None and generated is not None:
        err.location = location_of(generated)
    if err is not exc:
        err.__traceback__ = exc.__traceback__
    return err
