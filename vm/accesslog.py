"""Server log lines (SPEC §17.3). Every line goes to stderr; timestamps are UTC ISO-8601 with milliseconds.

``LogWriter`` buffers lines and writes them with one ``os.write`` per flush, so that lines of different
worker processes never interleave mid-line.
"""

from __future__ import annotations

import os
import time

__all__ = [
    "timestamp",
    "printable_target",
    "access_line",
    "error_line",
    "LogWriter",
]

_MAX_TARGET = 2048
_ts_cache: list[object] = [-1, ""]
_ESCAPED = {b: f"\\x{b:02x}" for b in range(256) if not 0x21 <= b <= 0x7E}
_PRINTABLE = bytes(range(0x21, 0x7F))


def timestamp(now: float | None = None) -> str:
    """``2025-05-01T10:00:00.123Z`` for ``now`` (default: the current time)."""
    if now is None:
        now = time.time()
    second = int(now)
    if _ts_cache[0] != second:
        _ts_cache[1] = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
        _ts_cache[0] = second
    millis = int((now - second) * 1000)
    return f"{_ts_cache[1]}.{millis:03d}Z"


def printable_target(raw: bytes | str | None) -> str:
    """The request target for a log line: ``-`` when unknown, bytes outside printable ASCII as ``\\xHH``,
    cut at 2048 characters."""
    if raw is None:
        return "-"
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    raw = raw[:_MAX_TARGET]
    if not raw.translate(None, _PRINTABLE):  # only printable ASCII
        return raw.decode("ascii")
    return "".join(_ESCAPED.get(b) or chr(b) for b in raw)[:_MAX_TARGET]


def access_line(worker: int, method: str | None, target: bytes | str | None, status: int, nbytes: int,
                ms: float, now: float | None = None) -> str:
    """``<ts> w<worker> <METHOD> <target> <status> <bytes>B <ms>ms``."""
    return (f"{timestamp(now)} w{worker} {method or '-'} {printable_target(target)} {status} {nbytes}B "
            f"{ms:.1f}ms\n")


def error_line(worker: int, method: str | None, target: bytes | str | None, text: str,
               now: float | None = None) -> str:
    """``<ts> w<worker> ERROR <METHOD> <target>: <text>``."""
    return f"{timestamp(now)} w{worker} ERROR {method or '-'} {printable_target(target)}: {text}\n"


class LogWriter:
    """Buffered, line-atomic writer to a file descriptor (stderr by default)."""

    __slots__ = ("fd", "lines")

    def __init__(self, fd: int = 2):
        self.fd = fd
        self.lines: list[str] = []

    def add(self, line: str) -> None:
        """Queue one complete line (ending in a newline)."""
        self.lines.append(line)

    def line(self, text: str) -> None:
        """Write ``<ts> <text>`` now."""
        self.lines.append(f"{timestamp()} {text}\n")
        self.flush()

    def flush(self) -> None:
        """Write every queued line."""
        if not self.lines:
            return
        data = "".join(self.lines).encode("utf-8", "replace")
        self.lines.clear()
        view = memoryview(data)
        while view:
            try:
                written = os.write(self.fd, view)
            except InterruptedError:  # pragma: no cover - PEP 475 retries
                continue
            except OSError:
                return  # stderr is gone: nothing sensible to do
            view = view[written:]
