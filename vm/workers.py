"""Pre-fork worker supervision (SPEC §17.1, §17.7, §17.9).

The parent process has already loaded the program; ``Supervisor`` forks the workers from it (so each one
starts pre-warmed), waits until every worker reports ready, and then releases them to accept. Afterwards
it replaces workers that die (crash line) or recycle themselves (exit status ``RECYCLE_EXIT``), and runs
the graceful shutdown on SIGTERM/SIGINT. The parent never serves requests itself.
"""

from __future__ import annotations

import contextlib
import math
import mmap
import os
import selectors
import signal
import struct
import sys
import time
from collections.abc import Callable

from .accesslog import LogWriter
from .record import record

__all__ = ["RECYCLE_EXIT", "WorkerChannel", "Supervisor", "BusyBoard", "MetricsBoard"]

RECYCLE_EXIT = 75  # a worker that exits with this status asked to be replaced (memory recycle)
_READY = struct.Struct("!H")
_CRASH_BACKOFF_S = 1.0


class BusyBoard:
    """One shared byte per worker slot (anonymous shared memory): 1 while that worker runs a handler."""

    def __init__(self, slots: int):
        self._mem = mmap.mmap(-1, max(slots + 1, 1))

    def set(self, index: int, busy: bool) -> None:
        """Mark worker ``index`` busy or idle."""
        self._mem[index] = 1 if busy else 0

    def count(self) -> int:
        """Number of workers currently running a handler."""
        return self._mem[:].count(1)


class MetricsBoard:
    """Per-worker request counters and a latency histogram in anonymous shared memory (SPEC §17.10).

    Each worker writes only its own slot; the parent reads every slot and reports the difference since
    its previous report. Latencies go into logarithmic buckets (5% wide), so percentiles are exact to
    within 5%.
    """

    _RATIO = 1.05
    _BASE_MS = 0.01
    BUCKETS = 400  # 0.01 ms .. ~30 minutes
    _COUNTS = 3  # requests, errors, timeouts

    def __init__(self, slots: int):
        self._width = (self._COUNTS + self.BUCKETS) * 8
        self._mem = mmap.mmap(-1, self._width * (slots + 1))
        self._log_ratio = math.log(self._RATIO)
        self._last = [0] * (self._COUNTS + self.BUCKETS)

    def record(self, index: int, ms: float, status: int) -> None:
        """Count one handler request of worker ``index``."""
        base = index * self._width
        mem = self._mem
        bucket = 0 if ms <= self._BASE_MS else min(int(math.log(ms / self._BASE_MS) / self._log_ratio) + 1,
                                                   self.BUCKETS - 1)
        for offset in (0, 8 if status == 500 else -1, 16 if status == 504 else -1,
                       (self._COUNTS + bucket) * 8):
            if offset >= 0:
                at = base + offset
                _U64.pack_into(mem, at, _U64.unpack_from(mem, at)[0] + 1)

    def _totals(self) -> list[int]:
        n = self._COUNTS + self.BUCKETS
        totals = [0] * n
        fmt = struct.Struct(f"={n}Q")
        for slot in range(len(self._mem) // self._width):
            for i, value in enumerate(fmt.unpack_from(self._mem, slot * self._width)):
                totals[i] += value
        return totals

    def _upper_ms(self, bucket: int) -> float:
        return self._BASE_MS * self._RATIO ** bucket

    def report(self, seconds: float, busy: int, workers: int) -> str:
        """The metrics text for the interval since the previous report."""
        totals = self._totals()
        delta = [max(0, now - before) for now, before in zip(totals, self._last, strict=True)]
        self._last = totals
        requests, errors, timeouts = delta[:3]
        hist = delta[3:]

        def percentile(p: float) -> float:
            if requests == 0:
                return 0.0
            rank = math.ceil(p * requests)
            seen = 0
            for bucket, count in enumerate(hist):
                seen += count
                if seen >= rank:
                    return self._upper_ms(bucket)
            return self._upper_ms(len(hist) - 1)

        rps = requests / seconds if seconds > 0 else 0.0
        return (f"metrics requests={requests} errors={errors} timeouts={timeouts} rps={rps:.1f} "
                f"p50={percentile(0.5):.1f}ms p95={percentile(0.95):.1f}ms p99={percentile(0.99):.1f}ms "
                f"busy={busy}/{workers}")


_U64 = struct.Struct("=Q")


class WorkerChannel:
    """What a worker process gets from the supervisor: its number, and the ready/go handshake."""

    def __init__(self, index: int, ready_fd: int, go_fd: int):
        self.index = index
        self._ready_fd = ready_fd
        self._go_fd = go_fd

    def ready(self) -> None:
        """Tell the parent that this worker is ready to serve."""
        os.write(self._ready_fd, _READY.pack(self.index))

    def wait_go(self) -> bool:
        """Block until the parent lets the worker accept; False if the parent went away."""
        try:
            data = os.read(self._go_fd, 1)
        finally:
            os.close(self._go_fd)
        return data == b"g"


@record
class _Slot:
    index: int
    pid: int = 0
    go_fd: int = -1
    started: float = 0.0
    ready: bool = False
    respawn_at: float | None = None


def _exit_reason(status: int) -> str:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        return f"killed by signal {sig} ({name})"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


class Supervisor:
    """Forks and supervises ``count`` workers. ``child_main(channel)`` runs in each worker and returns
    its exit status; it must call ``channel.ready()`` then ``channel.wait_go()`` before accepting."""

    def __init__(self, count: int, child_main: Callable[[WorkerChannel], int], log: LogWriter,
                 *, drain_seconds: float = 30.0, on_close: Callable[[], None] | None = None,
                 board: BusyBoard | None = None, metrics: MetricsBoard | None = None,
                 metrics_every: float = 0.0):
        self.count = count
        self.child_main = child_main
        self.log = log
        self.drain_seconds = drain_seconds
        self.on_close = on_close  # closes the parent's copy of the listening socket at shutdown
        self.board = board
        self.metrics = metrics
        self.metrics_every = metrics_every
        self.slots = {i: _Slot(i) for i in range(1, count + 1)}
        self.by_pid: dict[int, _Slot] = {}
        self.released = False
        self.signals: list[int] = []
        self._ready_r, self._ready_w = os.pipe()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        os.set_blocking(self._ready_r, False)
        self._buffer = b""
        self._sel = selectors.DefaultSelector()
        self._sel.register(self._ready_r, selectors.EVENT_READ)
        self._sel.register(self._wake_r, selectors.EVENT_READ)
        self._old_wakeup = -1

    # -- process management --------------------------------------------------------------------------------

    def _install_signals(self) -> None:
        self._old_wakeup = signal.set_wakeup_fd(self._wake_w, warn_on_full_buffer=False)
        signal.signal(signal.SIGTERM, self._on_signal)
        signal.signal(signal.SIGINT, self._on_signal)
        signal.signal(signal.SIGCHLD, lambda *_: None)

    def _on_signal(self, signum: int, frame: object) -> None:
        self.signals.append(signum)

    def _spawn(self, slot: _Slot) -> None:
        go_r, go_w = os.pipe()
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the worker
            code = 70
            try:
                os.close(go_w)
                self._child_setup(slot.index)
                code = self.child_main(WorkerChannel(slot.index, self._ready_w, go_r))
            except BaseException as exc:  # never a traceback: one line, then exit
                with contextlib.suppress(BaseException):
                    self.log.line(f"worker {slot.index} failed: {type(exc).__name__}: {exc}")
            finally:
                with contextlib.suppress(BaseException):
                    sys.stdout.flush()
                    sys.stderr.flush()
                os._exit(code)
        os.close(go_r)
        slot.pid = pid
        slot.go_fd = go_w
        slot.started = time.monotonic()
        slot.ready = False
        slot.respawn_at = None
        self.by_pid[pid] = slot

    def _child_setup(self, index: int) -> None:
        signal.set_wakeup_fd(-1)
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGCHLD):
            signal.signal(sig, signal.SIG_DFL)
        self._sel.close()
        for fd in (self._ready_r, self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        for other in self.slots.values():
            if other.index != index and other.go_fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(other.go_fd)

    def _release(self, slot: _Slot) -> None:
        if slot.go_fd >= 0:
            with contextlib.suppress(OSError):
                os.write(slot.go_fd, b"g")
                os.close(slot.go_fd)
            slot.go_fd = -1

    def _kill_all(self, sig: int) -> None:
        for pid in list(self.by_pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)

    def _read_ready(self) -> list[int]:
        try:
            self._buffer += os.read(self._ready_r, 4096)
        except BlockingIOError:
            pass
        n = len(self._buffer) // _READY.size * _READY.size
        chunk, self._buffer = self._buffer[:n], self._buffer[n:]
        return [idx for (idx,) in _READY.iter_unpack(chunk)]

    def _drain_wake(self) -> None:
        with contextlib.suppress(BlockingIOError):
            while os.read(self._wake_r, 4096):
                pass

    def _reap(self) -> list[tuple[_Slot, int]]:
        dead = []
        while self.by_pid:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            slot = self.by_pid.pop(pid, None)
            if slot is not None:
                if slot.go_fd >= 0:
                    with contextlib.suppress(OSError):
                        os.close(slot.go_fd)
                    slot.go_fd = -1
                slot.pid = 0
                dead.append((slot, status))
        return dead

    def _wait(self, timeout: float | None) -> list[int]:
        """Wait for an event; returns the indexes of workers that became ready."""
        ready: list[int] = []
        for key, _ in self._sel.select(timeout):
            if key.fd == self._ready_r:
                ready.extend(self._read_ready())
            else:
                self._drain_wake()
        return ready

    # -- public API -------------------------------------------------------------------------------------------

    def start(self) -> bool:
        """Fork every worker and wait until all are ready; False (workers stopped) if one failed."""
        self._install_signals()
        for slot in self.slots.values():
            self._spawn(slot)
        pending = set(self.slots)
        while pending:
            for idx in self._wait(1.0):
                slot = self.slots.get(idx)
                if slot is not None:
                    slot.ready = True
                    pending.discard(idx)
            if self._reap() or self.signals:
                self._kill_all(signal.SIGKILL)
                self._reap_all(5.0)
                return False
        return True

    def release(self) -> None:
        """Let every ready worker accept (call after the socket listens)."""
        self.released = True
        for slot in self.slots.values():
            self._release(slot)

    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        return list(self.by_pid)

    def _reap_all(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while self.by_pid:
            self._reap()
            if not self.by_pid:
                break
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._wait(min(left, 0.1))
        return True

    def run(self) -> int:
        """Supervise until shutdown; returns the exit status (0 after a complete drain)."""
        every = self.metrics_every if self.metrics is not None else 0.0
        next_metrics = time.monotonic() + every
        while True:
            now = time.monotonic()
            if every > 0 and now >= next_metrics:
                busy = self.board.count() if self.board is not None else 0
                self.log.line(self.metrics.report(every, busy, self.count))
                next_metrics += every
                if next_metrics <= now:
                    next_metrics = now + every
            deadlines = [s.respawn_at for s in self.slots.values() if s.respawn_at is not None]
            if every > 0:
                deadlines.append(next_metrics)
            timeout = max(0.0, min(deadlines) - now) if deadlines else None
            for idx in self._wait(timeout):
                slot = self.slots.get(idx)
                if slot is not None and slot.pid:
                    slot.ready = True
                    self._release(slot)
            if self.signals:
                return self._shutdown()
            now = time.monotonic()
            for slot, status in self._reap():
                recycled = os.WIFEXITED(status) and os.WEXITSTATUS(status) == RECYCLE_EXIT
                if not recycled:
                    self.log.line(f"worker {slot.index} exited unexpectedly ({_exit_reason(status)}); "
                                  "starting a replacement")
                quick = now - slot.started < _CRASH_BACKOFF_S and not recycled
                slot.respawn_at = now + _CRASH_BACKOFF_S if quick else now
            for slot in self.slots.values():
                if slot.respawn_at is not None and slot.respawn_at <= now and not slot.pid:
                    self._spawn(slot)

    def _shutdown(self) -> int:
        busy = self.board.count() if self.board is not None else 0
        self.log.line(f"shutting down: draining {busy} in-flight requests")
        if self.on_close is not None:
            self.on_close()
        for slot in self.slots.values():
            slot.respawn_at = None
            if slot.pid and not slot.ready:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(slot.pid, signal.SIGKILL)
        self._kill_all(signal.SIGTERM)
        deadline = time.monotonic() + self.drain_seconds
        while self.by_pid:
            left = deadline - time.monotonic()
            if len(self.signals) > 1:  # a second signal: stop now
                self._kill_all(signal.SIGKILL)
                self._reap_all(5.0)
                return 1
            if left <= 0:
                self._kill_all(signal.SIGKILL)
                self._reap_all(5.0)
                self.log.line("shutdown deadline exceeded; in-flight requests abandoned")
                return 1
            self._wait(min(left, 0.2))
            self._reap()
        self.log.line("shutdown complete")
        return 0
