"""zigttp:io (SPEC §11.8, §0.17): ``parallel`` and ``race`` run thunks on operating-system threads.

Each thunk runs on its own daemon thread with a ``ThunkContext`` (outbound-call budget, forbidden calls,
abort on abandonment). Before the threads start, every object reachable from the thunks' closures that
existed before the call is made read-only; the previous state is restored when ``parallel`` returns (or,
for ``race``, when the first thunk finishes). The thread pads its stack to the caller's depth, so the
1000-frame call limit (§3.6) counts the same inside a thunk as in a direct call.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from types import FunctionType
from typing import Any

from ..conversions import is_callable
from ..errors import range_error, type_error
from ..loader import recursion_depth
from ..values import THUNK_GUARDED, FrozenArray, FrozenObject, HostObject, JSArray, JSError, JSObject
from .common import js_function
from .context import ThunkAbandoned, ThunkContext, enter_thunk, forbid_in_thunk, register_background

__all__ = ["parallel", "race", "MAX_THUNKS", "EXPORTS"]

MAX_THUNKS = 16


def _thunks(fn: str, thunks: Any) -> list[Callable[[], Any]]:
    forbid_in_thunk(fn)
    if not isinstance(thunks, list):
        type_error(f"{fn}(): 'thunks' must be an array of functions")
    if len(thunks) > MAX_THUNKS:
        range_error(f"{fn}() accepts at most {MAX_THUNKS} thunks, got {len(thunks)}")
    for i, thunk in enumerate(thunks):
        if not is_callable(thunk):
            type_error(f"{fn}(): element {i} is not a function")
    return list(thunks)


# ---------------------------------------------------------------------------------------------------------
# Read-only guard over the objects the thunks can reach
# ---------------------------------------------------------------------------------------------------------


class _Guard:
    """Makes pre-existing objects reachable from the thunks read-only, and undoes it."""

    def __init__(self, roots: list[Any]):
        self._swapped: list[tuple[Any, type]] = []
        self._flags: list[tuple[Any, str, Any]] = []
        seen: set[int] = set()
        stack = list(roots)
        while stack:
            v = stack.pop()
            if v is None or type(v) in (bool, float, int, str) or id(v) in seen:
                continue
            seen.add(id(v))
            t = type(v)
            if t is JSObject:
                self._swap(v, FrozenObject)
                stack.extend(v.values())
            elif t is JSArray:
                self._swap(v, FrozenArray)
                stack.extend(v)
            elif t is FunctionType:
                for cell in v.__closure__ or ():
                    try:
                        stack.append(cell.cell_contents)
                    except ValueError:  # a binding still in its TDZ
                        pass
                if v.__defaults__:
                    stack.extend(v.__defaults__)
            elif isinstance(v, HostObject):
                self._freeze_host(v)

    def _swap(self, v: Any, frozen: type) -> None:
        self._swapped.append((v, type(v)))
        v.__class__ = frozen
        THUNK_GUARDED.add(id(v))

    def _freeze_host(self, v: Any) -> None:
        storage = getattr(v, "storage", None)  # typed arrays share a Storage with a ``frozen`` flag
        if storage is not None and hasattr(storage, "frozen") and not storage.frozen:
            self._flags.append((storage, "frozen", False))
            storage.frozen = True
            THUNK_GUARDED.add(id(v))
        if hasattr(v, "_frozen") and v._frozen is False:  # Request, Response, Headers
            self._flags.append((v, "_frozen", False))
            v._frozen = True
            THUNK_GUARDED.add(id(v))
        headers = getattr(v, "_headers", None) if hasattr(v, "_headers") else getattr(v, "headers", None)
        if headers is not None and hasattr(headers, "_frozen") and headers._frozen is False:
            self._flags.append((headers, "_frozen", False))
            headers._frozen = True
            THUNK_GUARDED.add(id(headers))

    def release(self) -> None:
        for v, cls in self._swapped:
            v.__class__ = cls
            THUNK_GUARDED.discard(id(v))
        for obj, name, value in self._flags:
            setattr(obj, name, value)
            THUNK_GUARDED.discard(id(obj))
        self._swapped.clear()
        self._flags.clear()


# ---------------------------------------------------------------------------------------------------------
# Threads
# ---------------------------------------------------------------------------------------------------------


def _at_depth(target: int, fn: Callable[[], Any]) -> Any:
    if recursion_depth() >= target:
        return fn()
    return _pad(target - recursion_depth(), fn)


def _pad(n: int, fn: Callable[[], Any]) -> Any:
    if n <= 0:
        return fn()
    return _pad(n - 1, fn)


class _Task:
    __slots__ = ("index", "ctx", "result", "error", "done")

    def __init__(self, index: int):
        self.index = index
        self.ctx = ThunkContext()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False


def _run_task(task: _Task, thunk: Callable[[], Any], depth: int, finished: queue.SimpleQueue) -> None:
    enter_thunk(task.ctx)
    try:
        task.result = _at_depth(depth, thunk)
    except ThunkAbandoned:
        task.error = JSError("InternalError", "thunk abandoned")
    except BaseException as exc:  # noqa: BLE001 - every error of a thunk is reported to the caller
        from ..locate import to_js_error

        try:
            task.error = to_js_error(exc)
        except BaseException:  # pragma: no cover - the locator never fails
            task.error = exc
    finally:
        task.done = True
        enter_thunk(None)
        try:
            finished.put(task.index)
        except BaseException:  # pragma: no cover - an abandoned thread may be interrupted here
            pass


def _start(thunks: list[Callable[[], Any]]) -> tuple[list[_Task], queue.SimpleQueue]:
    finished: queue.SimpleQueue = queue.SimpleQueue()
    depth = recursion_depth() - 2  # a thunk then runs one frame below parallel()/race(), as if called from it
    tasks = [_Task(i) for i in range(len(thunks))]
    for task, thunk in zip(tasks, thunks, strict=True):
        thread = threading.Thread(target=_run_task, args=(task, thunk, depth, finished),
                                  name=f"zigttp-thunk-{task.index}", daemon=True)
        task.ctx.thread = thread
        thread.start()
    return tasks, finished


@js_function("parallel", 1)
def parallel(thunks: Any = None, *_: Any) -> JSArray:
    """Run every thunk concurrently; their results in thunk order (§11.8)."""
    fns = _thunks("parallel", thunks)
    if not fns:
        return JSArray()
    guard = _Guard(fns)
    tasks: list[_Task] = []
    try:
        tasks, finished = _start(fns)
        for _ in tasks:
            finished.get()
    finally:
        for task in tasks:
            if not task.done:
                task.ctx.abandon()
        guard.release()
    for task in tasks:
        if task.error is not None:
            raise task.error
    return JSArray(task.result for task in tasks)


@js_function("race", 1)
def race(thunks: Any = None, *_: Any) -> Any:
    """The value of the first thunk to finish; the others run on in the background (§0.17)."""
    fns = _thunks("race", thunks)
    if not fns:
        range_error("race() requires at least one thunk")
    guard = _Guard(fns)
    tasks: list[_Task] = []
    winner: _Task | None = None
    try:
        tasks, finished = _start(fns)
        winner = tasks[finished.get()]
    finally:
        others = [t.ctx for t in tasks if t is not winner and not t.done]
        if winner is None:
            for ctx in others:
                ctx.abandon()
        else:
            register_background(others)
        guard.release()
    if winner.error is not None:
        raise winner.error
    return winner.result


EXPORTS = {"parallel": parallel, "race": race}
