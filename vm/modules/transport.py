"""The wire side of outbound HTTP (SPEC §10.6, §10.8): urllib3 connection pools, timeouts, the response
size limit, redirects, and the mapping of every failure to a 599 error code and details text.

urllib3 is imported when the first request is sent. Pools are per process (so per worker: the server forks
workers before any request), keyed by scheme, host and port, and reused across requests and thunks. urllib3
never reads proxy environment variables; certificates are verified against the system trust store
(OpenSSL's default paths, which honour ``SSL_CERT_FILE``/``SSL_CERT_DIR``).

Test hook (tests only, never set it in production): ``ZIGTTP_TEST_OUTBOUND_RESOLVE`` =
``host:port=ip:port[,...]`` makes connections for ``host:port`` go to ``ip:port`` instead, keeping the
``host`` header, TLS SNI and certificate verification of the original host (like ``curl --resolve``).
"""

from __future__ import annotations

import os
import socket
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from .context import ThunkContext, current_thunk

__all__ = ["OutboundRequest", "Upstream", "Failure", "Transport", "TRANSPORT", "parse_target", "Target"]

MAX_REDIRECTS = 10
_POOL_SIZE = 16
_CHUNK = 64 * 1024
_REDIRECTS = (301, 302, 303, 307, 308)
_DEFAULT_PORTS = {"http": 80, "https": 443}
RESOLVE_ENV = "ZIGTTP_TEST_OUTBOUND_RESOLVE"


@dataclass(frozen=True)
class Failure:
    """A failed outbound call: a §10.8 code and its details text."""

    code: str
    details: str


@dataclass(frozen=True)
class Target:
    """A checked absolute http(s) URL."""

    scheme: str
    host: str  # lowercase, IPv6 without brackets
    port: int
    target: str  # path and query sent in the request line

    @property
    def authority(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == _DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"

    @property
    def origin(self) -> tuple[str, str, int]:
        return (self.scheme, self.host, self.port)

    def url(self) -> str:
        return f"{self.scheme}://{self.authority}{self.target}"


def _encode(text: str) -> str:
    """Percent-encode non-ASCII characters and spaces (UTF-8), keeping everything else as written."""
    if text.isascii() and " " not in text:
        return text
    out = []
    for ch in text:
        if ch.isascii() and ch != " ":
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", "replace"))
    return "".join(out)


def parse_target(url: str) -> Target | Failure:
    """Check an absolute URL (§10.8 ``InvalidUrl`` texts)."""
    if any(c in url for c in "\t\r\n\0"):
        return Failure("InvalidUrl", "url parse failed")
    try:
        parts = urlsplit(url.strip(" "))
        port = parts.port
        hostname = parts.hostname
    except ValueError:
        return Failure("InvalidUrl", "url parse failed")
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        return Failure("InvalidUrl", "unsupported URI scheme (only http and https)")
    if not hostname:
        return Failure("InvalidUrl", "url host is required")
    host = hostname.lower()
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return Failure("InvalidUrl", "url parse failed")
    if any(c in host for c in " /\\?#@%"):
        return Failure("InvalidUrl", "url parse failed")
    path = _encode(parts.path or "/")
    if not path.startswith("/"):
        path = "/" + path
    target = path + ("?" + _encode(parts.query) if parts.query or url.rstrip("#").endswith("?") else "")
    return Target(scheme, host, port if port is not None else _DEFAULT_PORTS[scheme], target)


@dataclass
class OutboundRequest:
    """A validated outbound request."""

    target: Target
    method: str
    headers: list[tuple[str, str]]  # lowercase names, in order
    body: bytes | None
    timeout_ms: int  # 0 = no timeout
    max_bytes: int
    follow: bool


@dataclass
class Upstream:
    """A received response."""

    status: int
    reason: str
    headers: list[tuple[str, str]]  # lowercase names, wire order, values decoded as UTF-8
    body: bytes = b""
    url: str = ""


# ---------------------------------------------------------------------------------------------------------
# urllib3 connection classes that report the phase of the call and the socket in use
# ---------------------------------------------------------------------------------------------------------

_TLS = threading.local()


def _phase(name: str) -> None:
    _TLS.phase = name


def _track(sock: Any) -> None:
    ctx = current_thunk()
    if ctx is not None and isinstance(sock, socket.socket):
        ctx.track(sock)


def _connection_classes() -> tuple[type, type]:
    from urllib3.connection import HTTPConnection, HTTPSConnection

    class _Mixin:
        sock: Any

        def connect(self) -> None:
            _phase("connect")
            super().connect()  # type: ignore[misc]
            _track(self.sock)
            _phase("send")  # a connection is only ever opened to send a request

        def request(self, *args: Any, **kwargs: Any) -> None:
            if self.sock is not None:
                _track(self.sock)
            _phase("send")
            super().request(*args, **kwargs)  # type: ignore[misc]
            _phase("head")

        def getresponse(self) -> Any:
            _phase("head")
            response = super().getresponse()  # type: ignore[misc]
            _phase("body")
            return response

    class Conn(_Mixin, HTTPConnection):
        pass

    class TLSConn(_Mixin, HTTPSConnection):
        pass

    return Conn, TLSConn


def _resolve_overrides() -> dict[tuple[str, int], tuple[str, int]]:
    table: dict[tuple[str, int], tuple[str, int]] = {}
    for item in os.environ.get(RESOLVE_ENV, "").split(","):
        if "=" not in item:
            continue
        src, dst = item.split("=", 1)
        try:
            shost, sport = src.strip().rsplit(":", 1)
            dhost, dport = dst.strip().rsplit(":", 1)
            table[(shost.lower(), int(sport))] = (dhost, int(dport))
        except ValueError:
            continue
    return table


# ---------------------------------------------------------------------------------------------------------
# The transport
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Transport:
    """Connection pools and the request loop."""

    user_agent: str = "zigttp"
    _pools: dict[tuple[str, str, int], Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _classes: tuple[type, type] | None = None
    _overrides: dict[tuple[str, int], tuple[str, int]] | None = None

    def _pool(self, target: Target) -> Any:
        key = target.origin
        pool = self._pools.get(key)
        if pool is not None:
            return pool
        with self._lock:
            pool = self._pools.get(key)
            if pool is None:
                pool = self._pools[key] = self._new_pool(target)
        return pool

    def _new_pool(self, target: Target) -> Any:
        from urllib3 import HTTPConnectionPool, HTTPSConnectionPool

        if self._classes is None:
            self._classes = _connection_classes()
        if self._overrides is None:
            self._overrides = _resolve_overrides()
        host, port = self._overrides.get((target.host, target.port), (target.host, target.port))
        overridden = (host, port) != (target.host, target.port)
        if target.scheme == "https":
            pool = HTTPSConnectionPool(host, port, maxsize=_POOL_SIZE, block=False, retries=False,
                                       server_hostname=target.host if overridden else None,
                                       assert_hostname=target.host if overridden else None)
            pool.ConnectionCls = self._classes[1]
        else:
            pool = HTTPConnectionPool(host, port, maxsize=_POOL_SIZE, block=False, retries=False)
            pool.ConnectionCls = self._classes[0]
        return pool

    def close(self) -> None:
        """Close every pooled connection."""
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.close()

    def send(self, request: OutboundRequest, allowed: Any) -> Upstream | Failure:
        """Send ``request``, following redirects when asked; ``allowed(target)`` re-checks every hop
        (returns a ``Failure`` to refuse it)."""
        hops = 0
        while True:
            result = self._once(request)
            if isinstance(result, Failure):
                return result
            location = _header(result.headers, "location")
            if not request.follow or result.status not in _REDIRECTS or location is None:
                return result
            if hops == MAX_REDIRECTS:
                return Failure("ResponseHeadFailed", f"too many redirects (limit {MAX_REDIRECTS})")
            hops += 1
            target = parse_target(urljoin(request.target.url(), location))
            if isinstance(target, Failure):
                return target
            refused = allowed(target)
            if refused is not None:
                return refused
            request = _redirected(request, target, result.status)

    def _once(self, request: OutboundRequest) -> Upstream | Failure:
        ctx = current_thunk()
        try:
            return self._exchange(request)
        finally:
            if ctx is not None:
                _release_sockets(ctx)

    def _exchange(self, request: OutboundRequest) -> Upstream | Failure:
        from urllib3 import Timeout

        seconds = request.timeout_ms / 1000.0 if request.timeout_ms > 0 else None
        headers = _wire_headers(request, self.user_agent)
        pool = self._pool(request.target)
        _phase("connect")
        try:
            response = pool.urlopen(request.method, request.target.target, body=request.body, headers=headers,
                                    retries=False, redirect=False, assert_same_host=False,
                                    timeout=Timeout(connect=seconds, read=seconds), preload_content=False,
                                    decode_content=False, release_conn=False)
        except Exception as exc:  # noqa: BLE001 - every transport error becomes a 599
            return _failure(exc, request.timeout_ms)
        try:
            received = Upstream(response.status, response.reason or "", _response_headers(response),
                                url=request.target.url())
            body = _read_body(response, request.max_bytes)
        except Exception as exc:  # noqa: BLE001
            _discard(response)
            return _failure(exc, request.timeout_ms)
        if isinstance(body, Failure):
            _discard(response)
            return body
        response.release_conn()
        received.body = body
        return received


def _release_sockets(ctx: ThunkContext) -> None:
    for sock in list(ctx.sockets):
        ctx.untrack(sock)


def _discard(response: Any) -> None:
    try:
        response.close()
        response.release_conn()
    except Exception:  # noqa: BLE001 - best effort
        pass


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    for key, value in headers:
        if key == name:
            return value
    return None


def _wire_headers(request: OutboundRequest, user_agent: str) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in request.headers:
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    headers.setdefault("host", request.target.authority)
    headers.setdefault("user-agent", user_agent)
    headers.setdefault("accept-encoding", "identity")
    if request.body is not None:
        headers["content-length"] = str(len(request.body))
    return headers


def _response_headers(response: Any) -> list[tuple[str, str]]:
    out = []
    for name, value in response.headers.items():
        if not value.isascii():
            value = value.encode("latin-1", "replace").decode("utf-8", "replace")
        out.append((name.lower(), value.strip(" \t")))
    return out


def _read_body(response: Any, limit: int) -> bytes | Failure:
    too_large = Failure("ResponseTooLarge", f"response exceeded maxResponseBytes ({limit} bytes)")
    declared = response.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        return too_large
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = response.read(min(_CHUNK, limit + 1 - total), decode_content=False)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            return too_large
    return b"".join(chunks)


def _redirected(request: OutboundRequest, target: Target, status: int) -> OutboundRequest:
    method, body, headers = request.method, request.body, request.headers
    if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
        method, body = "GET", None
        headers = [(k, v) for k, v in headers if k not in ("content-length", "content-type", "transfer-encoding")]
    if target.origin != request.target.origin:
        headers = [(k, v) for k, v in headers if k not in ("authorization", "cookie", "proxy-authorization", "host")]
    else:
        headers = [(k, v) for k, v in headers if k != "host"]
    return OutboundRequest(target, method, headers, body, request.timeout_ms, request.max_bytes, request.follow)


def _reason(exc: BaseException | None) -> str:
    """A readable reason for a low-level error."""
    if exc is None:
        return "unknown error"
    verify = getattr(exc, "verify_message", None)
    if verify:
        return str(verify)
    strerror = getattr(exc, "strerror", None)
    if strerror:
        return str(strerror)
    reason = getattr(exc, "reason", None)
    if isinstance(reason, str) and reason:
        return reason
    text = str(exc)
    return text or type(exc).__name__


def _root(exc: BaseException) -> BaseException:
    """The innermost cause of a wrapped urllib3 error."""
    seen = 0
    while seen < 8:
        inner = exc.__cause__ or (exc.args[-1] if exc.args and isinstance(exc.args[-1], BaseException) else None)
        if inner is None or inner is exc:
            return exc
        exc = inner
        seen += 1
    return exc


def _failure(exc: BaseException, timeout_ms: int) -> Failure:
    from urllib3 import exceptions as e

    phase = getattr(_TLS, "phase", "connect")
    if isinstance(exc, e.SSLError):
        return Failure("ConnectFailed", f"TLS handshake failed: {_reason(_root(exc))}")
    if isinstance(exc, e.NameResolutionError):
        return Failure("ConnectFailed", f"cannot resolve host: {_reason(_root(exc))}")
    if isinstance(exc, e.NewConnectionError):
        root = _root(exc)
        if isinstance(root, (TimeoutError, socket.timeout)):
            return Failure("ConnectFailed", f"connect timeout after {timeout_ms} ms")
        return Failure("ConnectFailed", _reason(root))
    if isinstance(exc, e.ConnectTimeoutError):
        return Failure("ConnectFailed", f"connect timeout after {timeout_ms} ms")
    if isinstance(exc, e.ReadTimeoutError) or isinstance(exc, (TimeoutError, socket.timeout)):
        code = "ResponseReadFailed" if phase == "body" else "ResponseHeadFailed"
        if phase == "connect":
            return Failure("ConnectFailed", f"connect timeout after {timeout_ms} ms")
        return Failure(code, f"read timeout after {timeout_ms} ms")
    if isinstance(exc, (e.ProtocolError, OSError)) or type(exc).__module__ == "http.client":
        root = _root(exc)
        if phase == "connect":
            return Failure("ConnectFailed", _reason(root))
        if phase == "send":
            return Failure("RequestSendFailed", _reason(root))
        if phase == "head":
            return Failure("ResponseHeadFailed", "malformed response head")
        return Failure("ResponseReadFailed", _reason(root))
    if isinstance(exc, (e.LocationValueError, e.LocationParseError)):
        return Failure("RequestInitFailed", str(exc))
    if isinstance(exc, e.HTTPError):
        return Failure("ResponseReadFailed" if phase == "body" else "InternalError", str(exc))
    return Failure("InternalError", f"{type(exc).__name__}: {exc}")


TRANSPORT = Transport()
