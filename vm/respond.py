"""Calling a handler and turning its result into response bytes (SPEC §10.2, §17.2, §16.5, §3.16).

``handle(handler, request)`` never raises for anything the handler does: runtime errors, bad return values
and timeouts become an ``Outcome`` with status 500/504 and the error text for the log line. The outcome is
then serialised for the wire (``render_wire``) or for ``zigttp run`` (``render_run``).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from .http_values import Response, body_bytes, reason_phrase
from .record import Factory, record
from .utf16 import to_py, to_utf8
from .values import HostObject, JSArray, JSError

__all__ = [
    "Outcome",
    "HandlerTimeout",
    "INTERRUPT_HOOKS",
    "handle",
    "outcome_of",
    "server_outcome",
    "render_wire",
    "render_run",
    "imf_date",
    "error_text",
    "return_type_name",
]

_DROPPED = frozenset(("content-length", "transfer-encoding", "connection", "keep-alive"))
_TEXT_PLAIN = "text/plain; charset=utf-8"


@record
class Outcome:
    """A response ready to serialise. ``headers`` hold lowercase names and Python text values in wire
    order; ``error`` is the text after ``ERROR <METHOD> <target>: `` in the log line, or ``None``."""

    status: int
    reason: str
    headers: list[tuple[str, str]] = Factory(list)
    body: bytes = b""
    error: str | None = None
    timed_out: bool = False
    length: int | None = None  # announced content-length of a response sent without body bytes (304)

    def header(self, name: str) -> str | None:
        """The first value of the lowercase header ``name``, or ``None``."""
        for key, value in self.headers:
            if key == name:
                return value
        return None


class HandlerTimeout(BaseException):
    """Raised inside the handler's thread when ``--timeout-ms`` expires (a BaseException, so that no
    runtime helper mistakes it for a JS error)."""


# --------------------------------------------------------------------------------------------------------
# Error texts
# --------------------------------------------------------------------------------------------------------


def _to_js_error(exc: BaseException) -> JSError:
    try:
        from .locate import to_js_error  # the code generator's locator (lazy: may be absent)
    except ImportError:  # pragma: no cover - only while vm/locate.py is absent
        to_js_error = None
    if to_js_error is not None:
        try:
            return to_js_error(exc)
        except Exception:  # the locator must never turn an error into a crash
            pass
    if isinstance(exc, JSError):
        return exc
    if isinstance(exc, RecursionError):
        return JSError("RangeError", "Maximum call stack size exceeded")
    return JSError("InternalError", f"{type(exc).__name__}: {exc}")


def error_text(exc: BaseException) -> str:
    """``<file>:<line>:<col> <ErrorName>: <message>`` (location omitted when unknown) for any exception
    raised by handler code."""
    err = _to_js_error(exc)
    text = f"{err.name}: {to_py(err.message)}"
    if err.location is not None:
        file, line, col = err.location
        return f"{file}:{line}:{col} {text}"
    return text


def return_type_name(value: Any) -> str:
    """The ``<type>`` of ``handler returned <type>, expected a Response`` (§10.2)."""
    if value is None:
        return "undefined"
    kind = type(value)
    if kind is bool:
        return "boolean"
    if kind is float or kind is int:
        return "number"
    if isinstance(value, JSArray):
        return "array"
    if isinstance(value, HostObject):
        cls = value.js_class
        if "Element" in cls or "JSX" in cls or type(value).__module__.endswith(".jsx"):
            return "JSX element"
    try:
        from .conversions import typeof
    except ImportError:  # pragma: no cover
        return "function" if callable(value) else "object"
    return typeof(value)


# --------------------------------------------------------------------------------------------------------
# Handler call
# --------------------------------------------------------------------------------------------------------


INTERRUPT_HOOKS: list[Callable[[bool], None]] = []
"""Called with ``True`` when ``--timeout-ms`` expires and with ``False`` before each timed handler call:
native (JIT) code registers a hook that sets the interrupt flag it polls (SPEC §0.18). The ``True`` call
comes from a watchdog thread, so it also reaches native code that holds no GIL-visible frame."""


class _Watchdog:
    """A lazily started thread that fires ``INTERRUPT_HOOKS`` when the armed deadline passes."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._deadline: float | None = None
        threading.Thread(target=self._run, name="zigttp-watchdog", daemon=True).start()

    def arm(self, seconds: float) -> None:
        with self._cond:
            self._deadline = time.monotonic() + seconds
            self._cond.notify()

    def disarm(self) -> None:
        with self._cond:
            self._deadline = None

    def _run(self) -> None:
        with self._cond:
            while True:
                if self._deadline is None:
                    self._cond.wait()
                    continue
                left = self._deadline - time.monotonic()
                if left > 0:
                    self._cond.wait(left)
                    continue
                self._deadline = None
                for hook in INTERRUPT_HOOKS:
                    hook(True)


_watchdog: list[_Watchdog] = []


def _raise_timeout(signum: int, frame: Any) -> None:
    raise HandlerTimeout()


def outcome_of(result: Any) -> Outcome:
    """Convert a handler's return value (§10.2, §0.4)."""
    if type(result) is Response:
        return _from_response(result)
    if type(result) is str:
        return Outcome(200, "OK", [("content-type", _TEXT_PLAIN)], to_utf8(result))
    if isinstance(result, Response):
        return _from_response(result)
    out = server_outcome(500)
    out.error = f"handler returned {return_type_name(result)}, expected a Response"
    return out


def _from_response(response: Response) -> Outcome:
    status = response.status
    reason = to_py(response.status_text) or reason_phrase(status)
    headers = [(name, to_py(value)) for name, value in response.headers.items() if name not in _DROPPED]
    return Outcome(status, reason, headers, body_bytes(response.body))


_alarm_ready = [False]


def _arm(timeout_ms: int) -> None:
    if not _alarm_ready[0]:
        signal.signal(signal.SIGALRM, _raise_timeout)
        _alarm_ready[0] = True
    if INTERRUPT_HOOKS:
        for hook in INTERRUPT_HOOKS:
            hook(False)
        if not _watchdog:
            _watchdog.append(_Watchdog())
        _watchdog[0].arm(timeout_ms / 1000.0)
    signal.setitimer(signal.ITIMER_REAL, timeout_ms / 1000.0)


def handle(handler: Callable[[Any], Any], request: Any, *, timeout_ms: int = 0) -> Outcome:
    """Call ``handler(request)`` and convert the result. Runtime errors give 500 with the error text;
    with ``timeout_ms`` > 0 (main thread only) an expired handler is interrupted and gives 504. The
    SIGALRM handler is installed on first use and stays installed."""
    timer = timeout_ms > 0 and threading.current_thread() is threading.main_thread()
    try:
        if timer:
            _arm(timeout_ms)
        try:
            try:
                return outcome_of(handler(request))
            finally:
                if timer:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    if _watchdog:
                        _watchdog[0].disarm()
        except HandlerTimeout:
            raise
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # any runtime error of the handler ends the request with a 500
            out = server_outcome(500)
            out.error = error_text(exc)
            return out
    except HandlerTimeout:
        out = server_outcome(504)
        out.error = f"handler timed out after {timeout_ms} ms"
        out.timed_out = True
        return out


# --------------------------------------------------------------------------------------------------------
# Serialisation
# --------------------------------------------------------------------------------------------------------


def server_outcome(status: int) -> Outcome:
    """A response generated by the server itself: the reason phrase as a text/plain body (§17.2)."""
    phrase = reason_phrase(status)
    return Outcome(status, phrase, [("content-type", _TEXT_PLAIN)], phrase.encode("ascii"))


_date_cache: list[Any] = [0, ""]
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def imf_date(now: float | None = None) -> str:
    """The current time as an IMF-fixdate (``Sun, 06 Nov 1994 08:49:37 GMT``), cached per second."""
    second = int(time.time() if now is None else now)
    if _date_cache[0] != second:
        t = time.gmtime(second)
        _date_cache[1] = (f"{_DAYS[t.tm_wday]}, {t.tm_mday:02d} {_MONTHS[t.tm_mon - 1]} {t.tm_year} "
                          f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} GMT")
        _date_cache[0] = second
    return _date_cache[1]


def _head_lines(outcome: Outcome) -> list[str]:
    lines = [f"HTTP/1.1 {outcome.status} {outcome.reason}\r\n"]
    lines.extend(f"{name}: {value}\r\n" for name, value in outcome.headers)
    length = len(outcome.body) if outcome.length is None else outcome.length
    lines.append(f"content-length: {length}\r\n")
    return lines


def render_wire(outcome: Outcome, *, head: bool = False, keep_alive: bool = True,
                date: str | None = None) -> bytes:
    """The response bytes of §17.2. ``date`` is added unless the handler set one; ``head`` omits the body
    (``content-length`` still tells its size)."""
    lines = _head_lines(outcome)
    if date is not None and outcome.header("date") is None:
        lines.append(f"date: {date}\r\n")
    lines.append("connection: keep-alive\r\n\r\n" if keep_alive else "connection: close\r\n\r\n")
    text = "".join(lines)
    data = text.encode("ascii") if text.isascii() else text.encode("utf-8", "replace")
    return data if head else data + outcome.body


def render_run(outcome: Outcome, *, head: bool = False) -> bytes:
    """``zigttp run`` output (§16.5): status line, headers without date/connection, blank line, body and a
    final newline."""
    lines = _head_lines(outcome)
    lines.append("\r\n")
    text = "".join(lines).replace("\r\n", "\n")
    return text.encode("utf-8", "replace") + (b"" if head else outcome.body) + b"\n"
