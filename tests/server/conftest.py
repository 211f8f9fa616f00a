"""Fixtures for server tests: a real `serve()` in a subprocess (tests/server/app.py) on loopback."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

APP = Path(__file__).with_name("app.py")
LISTENING = re.compile(r"listening on http://(?:\[[^\]]+\]|[^:/]+):(\d+)$")


class Server:
    """A running test server; stderr lines are collected as they arrive."""

    def __init__(self, options: dict | None = None, env: dict[str, str] | None = None):
        full_env = dict(os.environ)
        full_env.update(env or {})
        self.proc = subprocess.Popen([sys.executable, str(APP), json.dumps(options or {})],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env)
        self.lines: list[str] = []
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.port = 0
        line = self.wait_for(LISTENING, timeout=20)
        if line is not None:
            self.port = int(LISTENING.search(line).group(1))

    def _read(self) -> None:
        for raw in self.proc.stderr:
            with self._cond:
                self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def wait_for(self, pattern: re.Pattern | str, timeout: float = 10, start: int = 0) -> str | None:
        """The first stderr line (from index ``start``) matching ``pattern``, waiting up to ``timeout``."""
        regex = re.compile(pattern) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for line in self.lines[start:]:
                    if regex.search(line):
                        return line
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._reader.is_alive()):
                    return None
                self._cond.wait(min(left, 0.1))

    def connect(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        return sock

    def exchange(self, data: bytes, *, until_close: bool = True) -> bytes:
        """Send raw bytes on a fresh connection and read until the server closes it."""
        with self.connect() as sock:
            sock.sendall(data)
            return read_all(sock) if until_close else read_response(sock)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        self._reader.join(5)
        return code


def read_all(sock: socket.socket) -> bytes:
    chunks = []
    while True:
        try:
            data = sock.recv(65536)
        except ConnectionResetError:
            break
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def read_response(sock: socket.socket, buffer: bytearray | None = None, *, head: bool = False) -> bytes:
    """Read exactly one response (content-length framed) from ``sock``; extra bytes stay in ``buffer``.
    ``head``: the response to a HEAD request (no body follows its head)."""
    buf = buffer if buffer is not None else bytearray()
    while b"\r\n\r\n" not in buf:
        data = sock.recv(65536)
        if not data:
            raise ConnectionError(f"closed before a complete head: {bytes(buf)!r}")
        buf += data
    head_end = buf.index(b"\r\n\r\n") + 4
    head_bytes = bytes(buf[:head_end])
    match = re.search(rb"\r\ncontent-length: (\d+)\r\n", head_bytes)
    length = int(match.group(1)) if match and not head else 0
    if head_bytes.startswith((b"HTTP/1.1 100 ", b"HTTP/1.1 304 ")):
        length = 0  # no body follows, whatever content-length announces
    while len(buf) < head_end + length:
        data = sock.recv(65536)
        if not data:
            raise ConnectionError("closed before the body ended")
        buf += data
    response = bytes(buf[:head_end + length])
    del buf[:head_end + length]
    return response


def split_response(raw: bytes) -> tuple[str, dict[str, list[str]], bytes]:
    """(status line, headers name -> values, body) of one response."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, list[str]] = {}
    for line in lines[1:]:
        name, _, value = line.partition(": ")
        headers.setdefault(name, []).append(value)
    return lines[0], headers, body


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    srv = Server({"workers": 2})
    assert srv.port, "\n".join(srv.lines)
    yield srv
    srv.stop()


@pytest.fixture
def make_server() -> Iterator:
    started: list[Server] = []

    def make(options: dict | None = None, env: dict[str, str] | None = None) -> Server:
        srv = Server(options, env)
        started.append(srv)
        return srv

    yield make
    for srv in started:
        srv.stop(signal.SIGKILL if srv.proc.poll() is None else signal.SIGTERM)
