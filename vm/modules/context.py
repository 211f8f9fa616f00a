"""Where the runtime is: loading modules, serving a request, or inside a ``parallel()`` thunk.

* ``loading()`` marks module evaluation: outbound HTTP is unavailable then (§10.9).
* A thunk thread carries a ``ThunkContext`` (thread-local): its outbound-call count (§11.8, at most 8),
  whether it was abandoned, and the sockets of its outbound calls in progress, so that abandoning a thunk
  (request timeout, request end after ``race()``) can abort them.
* ``end_request()`` abandons thunks still running in the background after ``race()`` returned (§0.17).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

from ..errors import type_error

__all__ = [
    "is_loading",
    "loading",
    "ThunkContext",
    "ThunkAbandoned",
    "current_thunk",
    "enter_thunk",
    "forbid_in_thunk",
    "register_background",
    "end_request",
    "MAX_OUTBOUND_PER_THUNK",
]

MAX_OUTBOUND_PER_THUNK = 8
_LOADING = [False]


def is_loading() -> bool:
    """True while modules are being evaluated."""
    return _LOADING[0]


@contextlib.contextmanager
def loading() -> Iterator[None]:
    """Mark the evaluation of a program's modules (wrap ``load_program`` with it)."""
    previous = _LOADING[0]
    _LOADING[0] = True
    try:
        yield
    finally:
        _LOADING[0] = previous


class ThunkAbandoned(BaseException):
    """Raised inside an abandoned thunk's thread to stop it (never reaches a user)."""


class ThunkContext:
    """State of one running thunk."""

    __slots__ = ("outbound_calls", "abandoned", "sockets", "_lock", "thread")

    def __init__(self) -> None:
        self.outbound_calls = 0
        self.abandoned = False
        self.sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self.thread: threading.Thread | None = None

    def track(self, sock: socket.socket) -> None:
        """Remember the socket of an outbound call in progress (aborted if the thunk is abandoned)."""
        with self._lock:
            if self.abandoned:
                _shutdown(sock)
            self.sockets.add(sock)

    def untrack(self, sock: socket.socket) -> None:
        with self._lock:
            self.sockets.discard(sock)

    def abandon(self) -> None:
        """Stop caring about this thunk: abort its outbound calls and interrupt its thread."""
        with self._lock:
            if self.abandoned:
                return
            self.abandoned = True
            sockets = list(self.sockets)
        for sock in sockets:
            _shutdown(sock)
        thread = self.thread
        if thread is not None and thread.is_alive() and thread.ident is not None:
            _async_raise(thread.ident)


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _async_raise(ident: int) -> None:
    import ctypes  # only needed when a thunk is abandoned

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(ThunkAbandoned))


_TLS = threading.local()


def current_thunk() -> ThunkContext | None:
    """The context of the thunk running on this thread, or None outside thunks."""
    return getattr(_TLS, "thunk", None)


def enter_thunk(ctx: ThunkContext | None) -> None:
    """Bind ``ctx`` to the current thread (None to leave)."""
    _TLS.thunk = ctx


def forbid_in_thunk(fn: str) -> None:
    """``TypeError: <fn>() cannot be called inside a parallel() thunk`` when called from a thunk."""
    if getattr(_TLS, "thunk", None) is not None:
        type_error(f"{fn}() cannot be called inside a parallel() thunk")


_BACKGROUND: list[ThunkContext] = []


def register_background(contexts: list[ThunkContext]) -> None:
    """Thunks left running after ``race()`` returned; abandoned by ``end_request()``."""
    _BACKGROUND.extend(contexts)


def end_request(*_: Any) -> None:
    """Abandon every background thunk of the request that just ended."""
    while _BACKGROUND:
        _BACKGROUND.pop().abandon()
