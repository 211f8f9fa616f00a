"""A small closed-loop HTTP/1.1 load generator (used when wrk is not installed).

``N`` keep-alive connections each send a request, wait for the complete response, and repeat until the
duration is over. Responses are framed by ``content-length`` (both benchmark servers always send it); a
response with ``connection: close`` (zigttp closes a connection after its 1000th request, SPEC §17.2) makes
the client reconnect, as wrk does.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass


@dataclass
class LoadResult:
    """Completed requests, their latencies in seconds, errors, and the measured wall time."""

    requests: int
    latencies: list[float]
    errors: int
    elapsed: float

    @property
    def rps(self) -> float:
        return self.requests / self.elapsed if self.elapsed else 0.0


def request_bytes(port: int, method: str, target: str, body: bytes = b"", content_type: str = "") -> bytes:
    """The wire bytes of one keep-alive request."""
    lines = [f"{method} {target} HTTP/1.1", f"host: 127.0.0.1:{port}"]
    if body or method == "POST":
        lines.append(f"content-length: {len(body)}")
        if content_type:
            lines.append(f"content-type: {content_type}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """(status, whether the server closes the connection after this response)."""
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    close = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"connection":
            close = value.strip().lower() == b"close"
    if length:
        await reader.readexactly(length)
    return status, close


async def _connection(port: int, payload: bytes, stop_at: float, latencies: list[float], errors: list[int]) -> int:
    done = 0
    writer = None
    try:
        while time.perf_counter() < stop_at:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            start = time.perf_counter()
            writer.write(payload)
            status, close = await _read_response(reader)
            latencies.append(time.perf_counter() - start)
            if status != 200:
                errors[0] += 1
            done += 1
            if close:
                writer.close()
                writer = None
    except (OSError, asyncio.IncompleteReadError):
        errors[0] += 1
    finally:
        if writer is not None:
            writer.close()
    return done


async def _run(port: int, payload: bytes, connections: int, duration: float) -> LoadResult:
    latencies: list[float] = []
    errors = [0]
    start = time.perf_counter()
    counts = await asyncio.gather(*(_connection(port, payload, start + duration, latencies, errors)
                                    for _ in range(connections)))
    return LoadResult(sum(counts), latencies, errors[0], time.perf_counter() - start)


def run_load(port: int, payload: bytes, connections: int, duration: float) -> LoadResult:
    """Drive ``payload`` (one request's bytes) over ``connections`` connections for ``duration`` seconds."""
    return asyncio.run(_run(port, payload, connections, duration))


def main(argv: list[str] | None = None) -> None:
    """``python loadgen.py --port P [--method M] --target T [--body B] -c N -d SECONDS``; prints JSON."""
    import argparse
    import json

    from benchlib import percentile  # noqa: PLC0415 (script-relative import when run as a program)

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--method", default="GET")
    parser.add_argument("--target", default="/")
    parser.add_argument("--body", default="")
    parser.add_argument("--content-type", default="application/json")
    parser.add_argument("-c", "--connections", type=int, default=16)
    parser.add_argument("-d", "--duration", type=float, default=10)
    args = parser.parse_args(argv)
    payload = request_bytes(args.port, args.method, args.target, args.body.encode(), args.content_type)
    result = run_load(args.port, payload, args.connections, args.duration)
    print(json.dumps({"requests": result.requests, "rps": result.rps, "errors": result.errors,
                      "p50_ms": percentile(result.latencies, 50) * 1000,
                      "p99_ms": percentile(result.latencies, 99) * 1000}))


if __name__ == "__main__":
    main()
