"""A real HTTP(S) upstream on loopback for outbound tests: a threading ``http.server`` with routes that are
fast, slow, failing, huge, redirecting, hanging or broken, plus a trustme certificate authority for TLS."""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: Upstream.Server

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes = b"", headers: list[tuple[str, str]] | None = None,
              reason: str | None = None) -> None:
        self.send_response(status, reason)
        for name, value in headers or [("content-type", "text/plain")]:
            self.send_header(name, value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, data: object, status: int = 200) -> None:
        self._send(status, json.dumps(data, separators=(",", ":")).encode(), [("content-type", "application/json")])

    def _route(self) -> None:
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        length = int(self.headers.get("content-length") or 0)
        if url.path == "/sink":  # never reads the request body
            time.sleep(float(query.get("s", "3")))
            self.close_connection = True
            return
        body = self.rfile.read(length) if length else b""
        self.server.seen.append((self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body,
                                 self.client_address[1]))
        path = url.path
        delay = float(query.get("ms", self.server.delay_ms)) / 1000.0
        if delay:
            time.sleep(delay)
        if path == "/json":
            self._json({"id": 1, "name": "Ann"})
        elif path == "/echo":
            self._json({"method": self.command, "path": self.path, "headers": {k.lower(): v for k, v in
                        self.headers.items()}, "body": body.decode("utf-8", "replace")})
        elif path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            self._send(code, f"status {code}".encode())
        elif path == "/huge":
            self._send(200, b"x" * int(query.get("n", "2000000")))
        elif path == "/chunked-huge":
            self.send_response(200)
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            for _ in range(int(query.get("n", "64"))):
                chunk = b"y" * 65536
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/redirect":
            n = int(query.get("n", "1"))
            status = int(query.get("status", "302"))
            target = f"/redirect?n={n - 1}&status={status}" if n > 1 else query.get("to", "/echo")
            self._send(status, b"moved", [("location", target)])
        elif path == "/hang":
            time.sleep(float(query.get("s", "5")))
            self._send(200, b"late")
        elif path == "/close":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif path == "/garbage":
            self.wfile.write(b"this is not http\r\n\r\n")
            self.close_connection = True
        elif path == "/partial":
            self.wfile.write(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n0123456789")
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif path == "/stall":
            self.wfile.write(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n0123456789")
            self.wfile.flush()
            time.sleep(float(query.get("s", "3")))
            self.close_connection = True
        elif path == "/cookies":
            self._send(200, "héllo".encode(), [("content-type", "text/plain; charset=utf-8"),
                                               ("set-cookie", "a=1"), ("set-cookie", "b=2"), ("x-multi", "1"),
                                               ("x-multi", "2")])
        elif path == "/reason":
            self._send(201, b"", reason="Made It")
        elif path == "/bytes":
            self._send(200, b"\xff\xfeok", [("content-type", "application/octet-stream")])
        elif path == "/users/1":
            self._json({"id": 1, "name": "Ann"})
        elif path == "/orders":
            self._json([{"id": 7, "total": 9.5}])
        elif path == "/stock":
            self._send(503, b"out of stock")
        else:
            self._send(404, b"not found")

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _route


class Upstream:
    """``with Upstream() as up: up.url("/json")``; ``tls=`` a trustme CA for HTTPS."""

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        seen: list
        delay_ms: float

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # clients that give up early (size limits, timeouts) are expected here

    def __init__(self, tls: object | None = None, hostnames: tuple[str, ...] = ("localhost", "127.0.0.1"),
                 delay_ms: float = 0):
        self.server = Upstream.Server(("127.0.0.1", 0), _Handler)
        self.server.seen = []
        self.server.delay_ms = delay_ms
        self.scheme = "http"
        if tls is not None:
            cert = tls.issue_cert(*hostnames)  # type: ignore[attr-defined]
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            cert.configure_cert(context)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
            self.scheme = "https"
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> Upstream:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def seen(self) -> list:
        return self.server.seen

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"


def write_ca(ca: object, directory: Path) -> Path:
    """The CA certificate as a PEM file (for SSL_CERT_FILE)."""
    path = directory / "ca.pem"
    ca.cert_pem.write_to_path(str(path))  # type: ignore[attr-defined]
    return path


def refusing_port() -> int:
    """A loopback port with nothing listening."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


class Blackhole:
    """A listener whose backlog is full, so further connection attempts hang until they time out."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(0)
        self.port = self.sock.getsockname()[1]
        self.fillers = []
        for _ in range(4):
            s = socket.socket()
            s.setblocking(False)
            try:
                s.connect(("127.0.0.1", self.port))
            except BlockingIOError:
                pass
            self.fillers.append(s)

    def close(self) -> None:
        for s in self.fillers:
            s.close()
        self.sock.close()
