"""The HTTP server of ``zigttp serve`` (SPEC §17, DESIGN §7).

``serve(program_loader, options)`` loads the program once, binds the socket, forks pre-warmed workers
(vm/workers.py), then listens and prints the start-up lines. Each worker runs a small event loop on
``selectors`` (epoll) with httptools (llhttp) parsing; it executes one handler at a time on its main thread.
The serving path imports no compiler, no asyncio and no pydantic/networkx.
"""

from __future__ import annotations

import contextlib
import os
import re
import selectors
import signal
import socket
import sys
import time
from collections.abc import Callable
from typing import Any

import httptools

from .accesslog import LogWriter, access_line, error_line, timestamp
from .http_values import Request, is_token, reason_phrase
from .record import Factory, record
from .respond import Outcome, handle, imf_date, render_wire, server_outcome
from .workers import RECYCLE_EXIT, BusyBoard, MetricsBoard, Supervisor, WorkerChannel

__all__ = ["ServeOptions", "serve", "Worker", "Connection"]

_EVENT_READ = selectors.EVENT_READ
_EVENT_WRITE = selectors.EVENT_WRITE
_MAX_HEAD = 32 * 1024
_MAX_TARGET = 8 * 1024
_MAX_HEADER_LINES = 100
_MAX_REQUESTS = 1000
_RECV_SIZE = 256 * 1024
_OUT_HIGH_WATER = 4 * 1024 * 1024
_LINGER_S = 2.0
_WRITE_STALL_S = 60.0
_SWEEP_S = 0.25
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
_CONTENT_LENGTH = re.compile(rb"(?<=\r\n)content-length[ \t]*:([^\r\n]*)\r\n", re.IGNORECASE)

IDLE, HEAD, BODY = 0, 1, 2


@record
class ServeOptions:
    """Everything ``serve`` needs besides the program (SPEC §16.3). Sizes are in bytes."""

    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 0  # 0 = one per CPU
    quiet: bool = False
    max_body: int = 1024 * 1024
    timeout_ms: int = 30000
    memory: int | None = None
    cors: bool = False
    static_dir: str | None = None
    version: str = "0.1.0"
    artifact: str = ""  # first 12 hex digits of the artifact hash
    entry: str = ""  # entry file name shown in the banner
    outbound: str = "disabled"  # "disabled", "enabled (any host)" or "enabled (hosts: a, b)"
    metrics_every: float = 0.0  # seconds between metrics lines; 0 = off (§17.10)
    extra_banner: list[str] = Factory(list)
    # Protocol timers (SPEC §17.2, §17.9); configurable so tests can shorten them.
    idle_timeout: float = 5.0
    header_timeout: float = 10.0
    drain_seconds: float = 30.0


class _Reject(Exception):
    """Stop parsing and answer with a server-generated status, closing the connection."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


class _Stop(Exception):
    """Stop parsing: the connection closes after the responses already produced."""


def _parser_status(exc: Exception) -> int:
    """The server status for an llhttp error (§17.2)."""
    reason = str(exc)
    if "HTTP version" in reason:
        return 505
    if "Transfer-Encoding" in reason and "Content-Length" not in reason:
        return 501
    return 400


def _connection_tokens(value: bytes) -> set[bytes]:
    return {token.strip().lower() for token in value.split(b",")}


def _rss_bytes() -> int:
    """Resident memory of this process (Linux /proc)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class Connection:
    """One client connection: llhttp parser callbacks, request dispatch, buffered output."""

    __slots__ = (
        "worker", "sock", "fd", "parser", "state", "out", "events", "closing", "lingering", "last_active",
        "msg_start", "last_body", "linger_start", "write_stall", "requests", "head_raw", "completed",
        "method_override", "url_parts", "url_len", "headers", "header_count", "head_bytes", "body_parts",
        "body_len", "conn_tokens", "host_count", "transfer_encoding", "content_length", "expect",
        "line_done", "keep_alive", "peer_closed", "chunk", "abort",
    )

    def __init__(self, worker: Worker, sock: socket.socket, now: float):
        self.worker = worker
        self.sock: socket.socket | None = sock
        self.fd = sock.fileno()
        self.parser = httptools.HttpRequestParser(self)
        self.state = IDLE
        self.out = bytearray()
        self.events = _EVENT_READ
        self.closing = False  # no more requests: close once the output is flushed
        self.lingering = False  # write side shut down; discarding input until EOF
        self.peer_closed = False
        self.last_active = now
        self.msg_start = now
        self.last_body = now
        self.linger_start = 0.0
        self.write_stall = 0.0
        self.requests = 0
        self.head_raw = 0
        self.completed = 0
        self.method_override: str | None = None
        self.abort: Exception | None = None
        self.chunk = b""  # the data being parsed (to tell HTTP/0.9 lines from lines without a version)
        self._reset_message()

    def _reset_message(self) -> None:
        self.url_parts: list[bytes] = []
        self.url_len = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.header_count = 0
        self.head_bytes = 0
        self.body_parts: list[bytes] | None = None
        self.body_len = 0
        self.conn_tokens: set[bytes] = set()
        self.host_count = 0
        self.transfer_encoding: bytes | None = None
        self.content_length: int | None = None
        self.expect = False
        self.line_done = False
        self.keep_alive = True

    # -- llhttp callbacks ------------------------------------------------------------------------------------

    def _abort_with(self, status: int) -> Exception:
        """The exception that stops parsing (a server status, or 0 to stop quietly), remembered on the
        connection so that it survives httptools' error wrapping."""
        exc: Exception = _Reject(status) if status else _Stop()
        self.abort = exc
        return exc

    def on_message_begin(self) -> None:
        self._reset_message()
        self.state = HEAD
        self.msg_start = self.worker.now

    def on_url(self, data: bytes) -> None:
        self.url_parts.append(data)
        self.url_len += len(data)
        if self.url_len > _MAX_TARGET:
            raise self._abort_with(414)

    def on_header(self, name: bytes, value: bytes) -> None:
        if self.state == BODY:
            return  # chunked trailers are ignored
        self.line_done = True
        self.header_count += 1
        self.head_bytes += len(name) + len(value) + 4
        if self.header_count > _MAX_HEADER_LINES or self.head_bytes + self.url_len > _MAX_HEAD:
            raise self._abort_with(431)
        value = value.rstrip(b" \t")
        self.headers.append((name, value))
        if len(name) in (4, 10, 6, 14, 17):
            lower = name.lower()
            if lower == b"host":
                self.host_count += 1
            elif lower == b"connection":
                self.conn_tokens |= _connection_tokens(value)
            elif lower == b"expect":
                self.expect = value.lower() == b"100-continue"
            elif lower == b"content-length":
                self.content_length = int(value)
            elif lower == b"transfer-encoding":
                te = value.strip().lower()
                self.transfer_encoding = te if self.transfer_encoding is None \
                    else self.transfer_encoding + b", " + te

    def on_headers_complete(self) -> None:
        self.line_done = True
        self.head_raw = 0
        parser = self.parser
        version = parser.get_http_version()
        if version != "1.1" and version != "1.0":
            # llhttp reads a request line without a version as HTTP/0.9: that one is malformed (400)
            raise self._abort_with(400 if version == "0.9" and b" HTTP/0.9\r\n" not in self.chunk else 505)
        if self.url_len + len(parser.get_method()) + 12 + self.head_bytes + 2 > _MAX_HEAD:
            raise self._abort_with(431)
        url = self.url_parts[0] if len(self.url_parts) == 1 else b"".join(self.url_parts)
        self.url_parts = [url]
        if not url.startswith(b"/"):
            raise self._abort_with(400)
        if version == "1.1":
            if self.host_count != 1:
                raise self._abort_with(400)
            self.keep_alive = b"close" not in self.conn_tokens
        else:
            if self.host_count > 1:
                raise self._abort_with(400)
            self.keep_alive = b"keep-alive" in self.conn_tokens and b"close" not in self.conn_tokens
        if self.transfer_encoding is not None and self.transfer_encoding != b"chunked":
            raise self._abort_with(501)
        worker = self.worker
        if self.content_length is not None and self.content_length > worker.options.max_body:
            raise self._abort_with(413)
        if self.expect and version == "1.1":
            self.out += _CONTINUE
            self.flush()
        self.state = BODY
        self.last_body = worker.now

    def on_body(self, data: bytes) -> None:
        self.body_len += len(data)
        if self.body_len > self.worker.options.max_body:
            raise self._abort_with(413)
        self.last_body = self.worker.now
        if self.body_parts is None:
            self.body_parts = [data]
        else:
            self.body_parts.append(data)

    def on_message_complete(self) -> None:
        self.completed += 1
        self.requests += 1
        parts = self.body_parts
        body = None if parts is None else (parts[0] if len(parts) == 1 else b"".join(parts))
        method = self.method_override or self.parser.get_method().decode("ascii")
        self.method_override = None
        keep_alive = self.keep_alive and self.requests < _MAX_REQUESTS
        self.state = IDLE
        if not self.worker.respond(self, method, self.url_parts[0], self.headers, body, keep_alive):
            self.closing = True
            raise self._abort_with(0)
        self.last_active = self.worker.now

    # -- I/O ---------------------------------------------------------------------------------------------------

    def on_readable(self) -> None:
        sock = self.sock
        try:
            data = sock.recv(_RECV_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self.close()
            return
        if not data:
            self.peer_closed = True
            if self.out and not self.lingering:
                self.closing = True
                self._set_events(_EVENT_WRITE)
            else:
                self.close()
            return
        if self.closing or self.lingering:
            return  # discard input after a final response
        self.last_active = self.worker.now
        self.feed(data)
        self.flush()

    def feed(self, data: bytes) -> None:
        """Parse ``data``, answering complete requests in order."""
        self.chunk = data
        try:
            self._feed(data)
        finally:
            self.chunk = b""

    def _feed(self, data: bytes) -> None:
        was_idle = self.state == IDLE
        self.completed = 0
        if self.state != BODY:
            self.head_raw += len(data)
        retry: bool | None = None
        upgrade_at = -1
        self.abort = None
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade as exc:  # no upgrades: continue as plain HTTP/1.1
            upgrade_at = exc.args[0] if exc.args else len(data)
        except httptools.HttpParserCallbackError as exc:
            cause = self.abort or exc.__context__
            if isinstance(cause, _Reject):
                self.reject(cause.status)
            elif not isinstance(cause, _Stop):  # a fault of the server itself: log it, answer 500
                self.worker.log.add(f"{timestamp()} w{self.worker.index} internal error: "
                                    f"{type(cause).__name__}: {cause}\n")
                self.reject(500)
            return
        except httptools.HttpParserInvalidMethodError:
            retry = was_idle and self.completed == 0
        except httptools.HttpParserError as exc:
            if not (was_idle and self.completed == 0 and "Content-Length" in str(exc)):
                self.reject(_parser_status(exc))
                return
            retry = False
        if upgrade_at >= 0:
            self.parser = httptools.HttpRequestParser(self)
            self.state = IDLE
            rest = data[upgrade_at:]
            if rest and not self.closing:
                self.feed(rest)
            return
        if retry is not None:  # outside the except block, so that nested errors keep their own context
            fixed = self._retry_custom_method(data) if retry else self._retry_duplicate_length(data)
            if not fixed:
                self.reject(400)
            return
        if self.state == HEAD and self.head_raw > _MAX_HEAD + _MAX_TARGET:
            self.reject(431)

    def _retry_custom_method(self, data: bytes) -> bool:
        """llhttp knows only registered methods; any other token method is parsed as GET and reported
        with its own name (only when the request starts this chunk, the usual case)."""
        start = len(data) - len(data.lstrip(b"\r\n"))
        space = data.find(b" ", start)
        if space <= start:
            return False
        method = data[start:space].decode("latin-1")
        if not is_token(method):
            return False
        self._refeed(b"GET" + data[space:], method)
        return True

    def _retry_duplicate_length(self, data: bytes) -> bool:
        """llhttp rejects repeated content-length fields; §17.2 accepts them when every value agrees.
        Collapse them into one field and parse again (when the whole head is in this chunk)."""
        end = data.find(b"\r\n\r\n")
        if end < 0:
            return False
        head = data[:end + 2]
        values: list[bytes] = []
        for match in _CONTENT_LENGTH.finditer(head):
            values.extend(v.strip(b" \t") for v in match.group(1).split(b","))
        if len(values) < 2 or not all(v.isdigit() for v in values) or len({int(v) for v in values}) != 1:
            return False
        first = True

        def keep_first(match: re.Match[bytes]) -> bytes:
            nonlocal first
            if first:
                first = False
                return b"content-length: " + str(int(values[0])).encode() + b"\r\n"
            return b""

        self._refeed(_CONTENT_LENGTH.sub(keep_first, head) + data[end + 2:], self.method_override)
        return True

    def _refeed(self, data: bytes, method: str | None) -> None:
        """Parse ``data`` again from the start of a request with a fresh parser."""
        self.parser = httptools.HttpRequestParser(self)
        self.state = IDLE
        self.head_raw = 0
        self.method_override = method
        self.feed(data)

    def reject(self, status: int) -> None:
        """Answer with a server-generated error status and close (§17.2)."""
        worker = self.worker
        method = target = None
        if self.line_done:
            with contextlib.suppress(Exception):
                method = self.method_override or self.parser.get_method().decode("ascii")
            target = b"".join(self.url_parts)
        outcome = server_outcome(status)
        if worker.options.cors:
            outcome.headers.append(("access-control-allow-origin", "*"))
        self.out += render_wire(outcome, keep_alive=False, date=imf_date())
        worker.log_access(method, target, status, len(outcome.body), 0.0)
        self.closing = True
        self.state = IDLE

    def flush(self) -> None:
        """Write as much pending output as the socket takes; manage write interest and closing."""
        sock = self.sock
        if sock is None:
            return
        out = self.out
        if out:
            try:
                sent = sock.send(out)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except OSError:
                self.close()
                return
            if sent:
                del out[:sent]
                self.write_stall = self.worker.now
        if out:
            if not self.write_stall:
                self.write_stall = self.worker.now
            events = _EVENT_WRITE if (len(out) > _OUT_HIGH_WATER or self.closing) else \
                _EVENT_READ | _EVENT_WRITE
            self._set_events(events)
            return
        self.write_stall = 0.0
        if self.closing:
            self._start_linger()
        elif self.events != _EVENT_READ:
            self._set_events(_EVENT_READ)

    def _start_linger(self) -> None:
        if self.peer_closed:
            self.close()
            return
        if self.lingering:
            return
        try:
            self.sock.shutdown(socket.SHUT_WR)
        except OSError:
            self.close()
            return
        self.lingering = True
        self.linger_start = self.worker.now
        self._set_events(_EVENT_READ)

    def _set_events(self, events: int) -> None:
        if events != self.events and self.sock is not None:
            self.events = events
            self.worker.selector.modify(self.sock, events, self)

    def close(self) -> None:
        """Close the socket and forget the connection."""
        sock = self.sock
        if sock is None:
            return
        self.sock = None
        with contextlib.suppress(Exception):
            self.worker.selector.unregister(sock)
        with contextlib.suppress(OSError):
            sock.close()
        self.worker.connections.pop(self.fd, None)

    def check_timers(self, now: float) -> None:
        """Idle close, 408 timeouts, lingering and stalled writers (§17.2)."""
        options = self.worker.options
        if self.lingering:
            if now - self.linger_start >= _LINGER_S:
                self.close()
        elif self.out:
            if self.write_stall and now - self.write_stall >= _WRITE_STALL_S:
                self.close()
        elif self.closing:
            self._start_linger()
        elif self.state == IDLE:
            if now - self.last_active >= options.idle_timeout:
                self.close()
        elif self.state == HEAD:
            if now - self.msg_start >= options.header_timeout:
                self.reject(408)
                self.flush()
        elif now - self.last_body >= options.header_timeout:
            self.reject(408)
            self.flush()


class Worker:
    """One worker process: accepts from the shared socket and serves its connections."""

    def __init__(self, index: int, listener: socket.socket, handler: Callable[[Any], Any],
                 options: ServeOptions, board: BusyBoard | None = None, metrics: MetricsBoard | None = None):
        self.index = index
        self.metrics = metrics
        self.listener: socket.socket | None = listener
        self.handler = handler
        self.options = options
        self.board = board
        self.log = LogWriter()
        self.selector = selectors.DefaultSelector()
        self.connections: dict[int, Connection] = {}
        self.now = time.monotonic()
        self.draining = False
        self.recycling = False
        self.parent = os.getppid()
        self.static = None
        if options.static_dir:
            try:
                from .static import StaticFiles
            except ImportError:  # pragma: no cover - static serving is optional
                StaticFiles = None  # noqa: N806
            if StaticFiles is not None:
                self.static = StaticFiles(options.static_dir)
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)

    # -- request handling --------------------------------------------------------------------------------------

    def respond(self, conn: Connection, method: str, target: bytes, headers: list[tuple[bytes, bytes]],
                body: bytes | None, keep_alive: bool) -> bool:
        """Answer one complete request; returns whether the connection stays open."""
        started = time.perf_counter()
        if self.log.lines:
            self.log.flush()
        if conn.out:
            conn.flush()
        outcome = self._dispatch(method, target, headers, body)
        self.now = time.monotonic()  # timers restart after a possibly long handler
        rss = 0
        if self.draining or self.recycling:
            keep_alive = False
        elif self.options.memory and (rss := _rss_bytes()) > self.options.memory:
            keep_alive = False
        head = method == "HEAD"
        conn.out += render_wire(outcome, head=head, keep_alive=keep_alive, date=imf_date())
        if outcome.error is not None:
            self.log.add(error_line(self.index, method, target, outcome.error))
        self.log_access(method, target, outcome.status, 0 if head else len(outcome.body),
                        (time.perf_counter() - started) * 1000.0)
        if rss > (self.options.memory or 0) and not self.recycling:
            self._recycle(rss)
        return keep_alive

    def _dispatch(self, method: str, target: bytes, headers: list[tuple[bytes, bytes]],
                  body: bytes | None) -> Outcome:
        options = self.options
        if self.static is not None and target.startswith(b"/static/"):
            outcome = self.static.serve(method, target, headers)
        elif options.cors and method == "OPTIONS" and (preflight := _preflight(headers)) is not None:
            outcome = preflight
        else:
            request = Request.from_wire(method, target, headers, body)
            board = self.board
            if board is not None:
                board.set(self.index, True)
            started = time.perf_counter()
            try:
                outcome = handle(self.handler, request, timeout_ms=options.timeout_ms)
            finally:
                if board is not None:
                    board.set(self.index, False)
            if self.metrics is not None:
                self.metrics.record(self.index, (time.perf_counter() - started) * 1000.0, outcome.status)
        if options.cors and outcome.header("access-control-allow-origin") is None:
            outcome.headers.append(("access-control-allow-origin", "*"))
        return outcome

    def log_access(self, method: str | None, target: bytes | None, status: int, nbytes: int,
                   ms: float) -> None:
        """Queue the access line unless ``-q``."""
        if not self.options.quiet:
            self.log.add(access_line(self.index, method, target, status, nbytes, ms))

    def _recycle(self, rss: int) -> None:
        limit = self.options.memory or 0
        self.log.add(f"{timestamp()} worker {self.index} recycled: memory {rss / 1048576:.1f} MiB exceeds "
                     f"limit {limit / 1048576:g} MiB\n")
        self.recycling = True

    # -- event loop ----------------------------------------------------------------------------------------

    def _on_signal(self, signum: int, frame: object) -> None:
        self.draining = True

    def prepare(self) -> None:
        """Install signal handling and register the wake-up pipe (before reporting ready)."""
        signal.signal(signal.SIGTERM, self._on_signal)
        signal.signal(signal.SIGINT, self._on_signal)
        signal.set_wakeup_fd(self._wake_w, warn_on_full_buffer=False)
        self.selector.register(self._wake_r, _EVENT_READ, "wake")

    def _accept(self) -> None:
        listener = self.listener
        if listener is None:
            return
        try:
            sock, _ = listener.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return
        except OSError:
            return
        sock.setblocking(False)
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = Connection(self, sock, self.now)
        self.connections[conn.fd] = conn
        self.selector.register(sock, _EVENT_READ, conn)

    def _stop_accepting(self) -> None:
        listener = self.listener
        if listener is not None:
            self.listener = None
            with contextlib.suppress(Exception):
                self.selector.unregister(listener)
            with contextlib.suppress(OSError):
                listener.close()
            for conn in list(self.connections.values()):
                if conn.state == IDLE and not conn.out:
                    conn.close()
                elif conn.state == IDLE:
                    conn.closing = True  # close once the pending output is written
                else:
                    conn.keep_alive = False

    def _sweep(self) -> None:
        now = self.now
        for conn in list(self.connections.values()):
            conn.check_timers(now)
        if os.getppid() != self.parent:  # the supervisor is gone
            self.draining = True

    def run(self) -> int:
        """Serve until drained (exit 0) or recycled (``RECYCLE_EXIT``)."""
        selector = self.selector
        listener = self.listener
        if listener is not None:
            listener.setblocking(False)
            selector.register(listener, _EVENT_READ, None)
        next_sweep = time.monotonic() + _SWEEP_S
        while True:
            try:
                events = selector.select(_SWEEP_S)
            except InterruptedError:  # pragma: no cover - PEP 475 retries
                events = []
            self.now = now = time.monotonic()
            for key, mask in events:
                conn = key.data
                if conn is None:
                    self._accept()
                elif conn == "wake":
                    with contextlib.suppress(BlockingIOError):
                        while os.read(self._wake_r, 512):
                            pass
                elif conn.sock is not None:
                    try:
                        if mask & _EVENT_READ:
                            conn.on_readable()
                        if mask & _EVENT_WRITE and conn.sock is not None:
                            conn.flush()
                    except Exception as exc:  # never let one connection take the worker down
                        self.log.add(f"{timestamp()} w{self.index} internal error: "
                                     f"{type(exc).__name__}: {exc}\n")
                        conn.close()
            if now >= next_sweep:
                next_sweep = now + _SWEEP_S
                self._sweep()
            if self.draining or self.recycling:
                self._stop_accepting()
                if not self.connections:
                    self.log.flush()
                    return RECYCLE_EXIT if self.recycling and not self.draining else 0
            if self.log.lines:
                self.log.flush()


def _preflight(headers: list[tuple[bytes, bytes]]) -> Outcome | None:
    """The CORS preflight answer (§17.5) when the request carries origin and a requested method."""
    found: dict[bytes, bytes] = {}
    for name, value in headers:
        lower = name.lower()
        if lower in (b"origin", b"access-control-request-method", b"access-control-request-headers"):
            found[lower] = value if lower not in found else found[lower] + b", " + value
    if b"origin" not in found or b"access-control-request-method" not in found:
        return None
    allow = found.get(b"access-control-request-headers")
    allow_text = allow.decode("latin-1") if allow is not None else "Content-Type, Authorization"
    return Outcome(204, reason_phrase(204), [
        ("access-control-allow-origin", "*"),
        ("access-control-allow-methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS"),
        ("access-control-allow-headers", allow_text),
        ("access-control-max-age", "86400"),
    ])


# --------------------------------------------------------------------------------------------------------
# serve()
# --------------------------------------------------------------------------------------------------------


def _err(text: str) -> None:
    with contextlib.suppress(Exception):
        sys.stderr.flush()
    os.write(2, (text + "\n").encode("utf-8", "replace"))


def _load_error(exc: BaseException) -> str:
    from .respond import error_text

    return f"error: handler failed to load: {error_text(exc)}"


def _bind(host: str, port: int) -> socket.socket | str:
    """A bound (not yet listening) socket, or the failure reason."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        return exc.strerror or str(exc)
    reason = "no usable address"
    for family, kind, proto, _, address in infos:
        sock = socket.socket(family, kind, proto)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            return sock
        except OSError as exc:
            reason = exc.strerror or str(exc)
            sock.close()
    return reason


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def serve(program_loader: Callable[[], Any], options: ServeOptions) -> int:
    """Run the server until shutdown; returns the process exit status (SPEC §16.3, §17)."""
    started = time.perf_counter()
    try:
        program = program_loader()
    except BaseException as exc:  # a load failure is reported in one line, never as a traceback
        if isinstance(exc, KeyboardInterrupt):
            return 1
        _err(_load_error(exc))
        return 1
    handler = getattr(program, "handler", None)
    if handler is None:
        _err(f"error: handler failed to load: no handler found in '{options.entry}'")
        return 1
    bound = _bind(options.host, options.port)
    if isinstance(bound, str):
        _err(f"error: cannot listen on {options.host}:{options.port}: {bound}")
        return 1
    sock = bound
    count = options.workers if options.workers and options.workers > 0 else (os.cpu_count() or 1)
    board = BusyBoard(count + 1)
    metrics = MetricsBoard(count + 1) if options.metrics_every and options.metrics_every > 0 else None
    log = LogWriter()

    def child_main(channel: WorkerChannel) -> int:
        worker = Worker(channel.index, sock, handler, options, board, metrics)
        worker.prepare()
        channel.ready()
        if not channel.wait_go():
            return 0
        return worker.run()

    def close_listener() -> None:
        with contextlib.suppress(OSError):
            sock.close()

    supervisor = Supervisor(count, child_main, log, drain_seconds=options.drain_seconds,
                            on_close=close_listener, board=board, metrics=metrics,
                            metrics_every=float(options.metrics_every or 0))
    if not supervisor.start():
        _err("error: handler failed to load: a worker could not start")
        return 1
    ready_ms = (time.perf_counter() - started) * 1000.0
    try:
        sock.listen(1024)
    except OSError as exc:
        _err(f"error: cannot listen on {options.host}:{options.port}: {exc.strerror or exc}")
        supervisor._kill_all(signal.SIGKILL)
        return 1
    port = sock.getsockname()[1]
    lines = [
        f"zigttp {options.version} serving {options.artifact[:12]} ({options.entry})",
        f"workers: {count} ready in {ready_ms:.0f} ms",
        f"outbound HTTP: {options.outbound}",
    ]
    if options.static_dir:
        lines.append(f"static: {options.static_dir} at /static/")
    if options.cors:
        lines.append("cors: enabled")
    lines.extend(options.extra_banner)
    lines.append(f"listening on http://{_url_host(options.host)}:{port}")
    _err("\n".join(lines))
    supervisor.release()
    return supervisor.run()
