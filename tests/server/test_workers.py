"""Start-up, several workers, crash replacement, graceful shutdown and bind failures (SPEC §17.1, §17.7,
§17.9)."""

from __future__ import annotations

import os
import re
import signal
import socket
import threading
import time

from conftest import Server, read_response, split_response

TS = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"


def fetch(srv: Server, path: str) -> bytes:
    with srv.connect() as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".encode())
        return split_response(read_response(sock))[2]


def test_startup_lines(make_server) -> None:
    srv = make_server({"workers": 3})
    assert srv.port
    assert srv.lines[:4] == [
        "zigttp 0.1.0 serving 0123456789ab (app.ts)",
        srv.lines[1],
        "outbound HTTP: disabled",
        f"listening on http://127.0.0.1:{srv.port}",
    ]
    assert re.fullmatch(r"workers: 3 ready in \d+ ms", srv.lines[1])


def test_cors_and_static_banner_lines(make_server, tmp_path) -> None:
    srv = make_server({"workers": 1, "cors": True, "static_dir": str(tmp_path)})
    assert srv.lines[3:6] == [f"static: {tmp_path} at /static/", "cors: enabled",
                              f"listening on http://127.0.0.1:{srv.port}"]


def test_concurrent_clients_use_several_workers(make_server) -> None:
    srv = make_server({"workers": 3})
    pids: set[bytes] = set()
    lock = threading.Lock()

    def client() -> None:
        for _ in range(4):
            body = fetch(srv, "/sleep?s=0.05")
            assert body == b"slept"
        got = fetch(srv, "/pid")
        with lock:
            pids.add(got)

    threads = [threading.Thread(target=client) for _ in range(9)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(pids) > 1
    workers = {m.group(1) for line in srv.lines if (m := re.search(r" w(\d) GET /sleep", line))}
    assert len(workers) > 1 and workers <= {"1", "2", "3"}


def _worker_pids(srv: Server) -> set[int]:
    return {int(fetch(srv, "/pid")) for _ in range(6)}


def test_killed_worker_is_replaced(make_server) -> None:
    srv = make_server({"workers": 1, "quiet": True})
    victim = int(fetch(srv, "/pid"))
    os.kill(victim, signal.SIGKILL)
    line = srv.wait_for(r"worker 1 exited unexpectedly")
    assert line is not None and re.fullmatch(
        TS + r" worker 1 exited unexpectedly \(killed by signal 9 \(SIGKILL\)\); starting a replacement",
        line)
    deadline = time.monotonic() + 10
    while True:
        try:
            replacement = int(fetch(srv, "/pid"))
            break
        except (ConnectionError, OSError, ValueError):
            assert time.monotonic() < deadline
            time.sleep(0.05)
    assert replacement != victim


def test_crashing_handler_process_is_replaced(make_server) -> None:
    srv = make_server({"workers": 2, "quiet": True})
    with srv.connect() as sock:
        sock.sendall(b"GET /crash HTTP/1.1\r\nHost: t\r\n\r\n")
        assert sock.recv(100) == b""  # the connection died with its worker
    assert srv.wait_for(r"worker \d exited unexpectedly \(exit status 3\); starting a replacement")
    time.sleep(0.2)
    assert fetch(srv, "/text") == b"hello"


def test_graceful_shutdown_lets_in_flight_request_finish(make_server) -> None:
    srv = make_server({"workers": 1})
    idle = srv.connect()
    idle.sendall(b"GET /text HTTP/1.1\r\nHost: t\r\n\r\n")
    read_response(idle)
    busy = srv.connect()
    busy.sendall(b"GET /sleep?s=1 HTTP/1.1\r\nHost: t\r\n\r\n")
    time.sleep(0.3)
    srv.proc.send_signal(signal.SIGTERM)
    raw = read_response(busy)
    status, headers, body = split_response(raw)
    assert status == "HTTP/1.1 200 OK" and body == b"slept" and headers["connection"] == ["close"]
    assert idle.recv(100) == b""  # idle keep-alive connection closed
    assert srv.proc.wait(10) == 0
    srv.stop()
    tail = [line for line in srv.lines if "shut" in line]
    assert re.fullmatch(TS + r" shutting down: draining 1 in-flight requests", tail[0])
    assert re.fullmatch(TS + r" shutdown complete", tail[1])
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", srv.port)) != 0
    busy.close()
    idle.close()


def test_sigint_shuts_down_with_status_0(make_server) -> None:
    srv = make_server({"workers": 2})
    assert fetch(srv, "/text") == b"hello"
    assert srv.stop(signal.SIGINT) == 0
    assert any(line.endswith("shutdown complete") for line in srv.lines)


def test_drain_deadline_exceeded_exits_1(make_server) -> None:
    srv = make_server({"workers": 1, "drain_seconds": 0.5, "timeout_ms": 0})
    busy = srv.connect()
    busy.sendall(b"GET /sleep?s=5 HTTP/1.1\r\nHost: t\r\n\r\n")
    time.sleep(0.3)
    assert srv.stop(signal.SIGTERM) == 1
    busy.close()


def test_second_signal_exits_immediately(make_server) -> None:
    srv = make_server({"workers": 1, "timeout_ms": 0})
    busy = srv.connect()
    busy.sendall(b"GET /sleep?s=5 HTTP/1.1\r\nHost: t\r\n\r\n")
    time.sleep(0.3)
    srv.proc.send_signal(signal.SIGTERM)
    assert srv.wait_for("shutting down")
    started = time.monotonic()
    assert srv.stop(signal.SIGTERM) == 1
    assert time.monotonic() - started < 3
    busy.close()


def test_busy_port(make_server) -> None:
    with socket.socket() as holder:
        holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        port = holder.getsockname()[1]
        srv = make_server({"workers": 1, "port": port})
        assert srv.proc.wait(10) == 1
        srv.stop()
    assert srv.lines == [f"error: cannot listen on 127.0.0.1:{port}: Address already in use"]


def test_unknown_host(make_server) -> None:
    srv = make_server({"workers": 1, "host": "no-such-host.invalid", "port": 8081})
    assert srv.proc.wait(10) == 1
    srv.stop()
    assert len(srv.lines) == 1
    assert srv.lines[0].startswith("error: cannot listen on no-such-host.invalid:8081: ")


def test_load_failure(make_server) -> None:
    srv = make_server({"workers": 2}, env={"ZT_LOAD_FAIL": "1"})
    assert srv.proc.wait(10) == 1
    srv.stop()
    assert srv.lines == ["error: handler failed to load: app.ts:2:7 ReferenceError: x is not defined"]


def test_ipv6_loopback(make_server) -> None:
    if not socket.has_ipv6:
        return
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return
    srv = make_server({"workers": 1, "host": "::1"})
    assert srv.lines[-1] == f"listening on http://[::1]:{srv.port}"
    with socket.create_connection(("::1", srv.port), timeout=5) as sock:
        sock.sendall(b"GET /text HTTP/1.1\r\nHost: t\r\n\r\n")
        assert read_response(sock).endswith(b"hello")


def test_memory_recycle(make_server) -> None:
    srv = make_server({"workers": 1, "memory": 1024 * 1024})
    with srv.connect() as sock:
        sock.sendall(b"GET /pid HTTP/1.1\r\nHost: t\r\n\r\n")
        _, headers, first = split_response(read_response(sock))
        assert headers["connection"] == ["close"]
    line = srv.wait_for(r"worker 1 recycled")
    assert line is not None and re.fullmatch(
        TS + r" worker 1 recycled: memory \d+\.\d MiB exceeds limit 1 MiB", line)
    deadline = time.monotonic() + 10
    while True:
        try:
            second = fetch(srv, "/pid")
            break
        except (ConnectionError, OSError):
            assert time.monotonic() < deadline
            time.sleep(0.05)
    assert second != first
    assert not any("exited unexpectedly" in line for line in srv.lines)
