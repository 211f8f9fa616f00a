"""End-to-end fixtures: `zigttp serve` as a real subprocess on a free loopback port."""

from __future__ import annotations

import re
import signal
import subprocess
import threading
import time

import pytest

LISTENING = re.compile(r"listening on http://127\.0\.0\.1:(\d+)$")


class Served:
    """A running `zigttp serve ...` process; stderr lines are collected as they arrive."""

    def __init__(self, proc: subprocess.Popen):
        self.proc = proc
        self.lines: list[str] = []
        self._cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        line = self.wait_for(LISTENING, 30)
        self.port = int(LISTENING.search(line).group(1)) if line else 0

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for raw in self.proc.stderr:
            with self._cond:
                self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))
                self._cond.notify_all()

    def wait_for(self, pattern: re.Pattern[str] | str, timeout: float = 10) -> str | None:
        regex = re.compile(pattern) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for line in self.lines:
                    if regex.search(line):
                        return line
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    return None
                self._cond.wait(min(left, 0.1))

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()


@pytest.fixture
def serve(zigttp):
    started: list[Served] = []

    def start(*args: str) -> Served:
        served = Served(zigttp.popen("serve", *args, "-p", "0"))
        started.append(served)
        return served

    yield start
    for s in started:
        s.stop()
