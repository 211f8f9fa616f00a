"""Shared helpers for the benchmark scripts: locating the commands, building, starting and stopping servers."""

from __future__ import annotations

import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
HANDLER = HERE / "handlers" / "bench.js"
NODE_SERVER = HERE / "node" / "server.js"


def zigttp_executable() -> str:
    """The ``zigttp`` console script next to this interpreter, else the one on PATH."""
    candidate = Path(sys.executable).parent / "zigttp"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("zigttp")
    if found is None:
        raise SystemExit("error: the zigttp command is not installed (pip install -e .)")
    return found


def node_executable() -> str:
    """The ``node`` on PATH."""
    found = shutil.which("node")
    if found is None:
        raise SystemExit("error: node is not installed")
    return found


def clean_env(store: Path, pycache: Path | None = None) -> dict[str, str]:
    """The environment for both servers: a private zigttp store, no Node start-up extras.

    With ``pycache``, Python may write its bytecode cache (into that directory, not the source tree), as an
    installed zigttp would have: PYTHONDONTWRITEBYTECODE would otherwise make every start recompile every
    module from source. Without it, the caller's setting is kept."""
    env = dict(os.environ)
    env.pop("NODE_EXTRA_CA_CERTS", None)  # adds ~60 ms to every node start
    env.pop("NODE_OPTIONS", None)
    env["ZIGTTP_STORE"] = str(store)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def pinned(cmd: list[str], cpu: int | None) -> list[str]:
    """``cmd`` prefixed with ``taskset -c <cpu>`` when a CPU is given and taskset exists."""
    if cpu is None or shutil.which("taskset") is None:
        return cmd
    return ["taskset", "-c", str(cpu), *cmd]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(handler: Path, env: dict[str, str]) -> str:
    """``zigttp build handler``; returns the artifact hash."""
    proc = subprocess.run([zigttp_executable(), "build", str(handler)], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"error: zigttp build failed:\n{proc.stderr}")
    return proc.stdout.strip()


@dataclass
class Server:
    """A server process whose stderr is drained in the background (so it can never block on a full pipe)."""

    name: str
    proc: subprocess.Popen
    port: int
    lines: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        if self.proc.stderr is None:
            return
        for raw in self.proc.stderr:
            self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 10 s."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def zigttp_serve_cmd(artifact: str, port: int, cpu: int | None) -> list[str]:
    """``zigttp serve <hash> -n 1 -p PORT -q`` (access log off, as Node logs nothing either)."""
    return pinned([zigttp_executable(), "serve", artifact, "-n", "1", "-p", str(port), "-q"], cpu)


def node_serve_cmd(port: int, cpu: int | None) -> list[str]:
    """``node benchmarks/node/server.js PORT``."""
    return pinned([node_executable(), str(NODE_SERVER), str(port)], cpu)


def start(name: str, cmd: list[str], port: int, env: dict[str, str], timeout: float = 30) -> Server:
    """Start a server and wait until its port accepts connections."""
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    server = Server(name, proc, port)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            time.sleep(0.1)
            raise SystemExit(f"error: {name} exited with {proc.returncode}:\n" + "\n".join(server.lines))
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.01)
    server.stop()
    raise SystemExit(f"error: {name} did not listen on port {port} within {timeout} s")


def http_get(port: int, target: str, method: str = "GET", body: bytes = b"",
             headers: dict[str, str] | None = None, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    """One request on a fresh connection; returns (status, lowercase headers, body)."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, target, body=body or None, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data
    finally:
        conn.close()


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, user+system CPU seconds) of one process, from /proc/<pid>/stat."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(root: int) -> float:
    """User+system CPU seconds used so far by ``root`` and its live descendants (Linux /proc)."""
    stats = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None:
                stats[int(entry.name)] = stat
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        if pid in stats:
            total += stats[pid][1]
            todo.extend(child for child, (ppid, _) in stats.items() if ppid == pid)
    return total


def load_average() -> str:
    """The 1/5/15-minute load averages, e.g. ``0.52 0.61 0.40``."""
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def machine() -> dict[str, str]:
    """CPU count, CPU model and versions, for the record."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    node = subprocess.run([node_executable(), "--version"], capture_output=True, text=True).stdout.strip()
    zig = subprocess.run([zigttp_executable(), "--version"], capture_output=True, text=True).stdout.strip()
    return {"nproc": str(os.cpu_count()), "cpu": model, "python": platform.python_version(), "node": node,
            "zigttp": zig, "kernel": platform.release()}


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) of ``values`` with linear interpolation."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def ratio(a: float, b: float) -> str:
    """``a / b`` formatted as ``0.42x`` (``-`` when b is zero)."""
    return f"{a / b:.2f}x" if b else "-"


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table with right-aligned number columns."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    out = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |",
           "|" + "|".join("-" * (w + 1) + ":" if i else ":" + "-" * (w + 1) for i, w in enumerate(widths)) + "|"]
    for r in rows:
        out.append("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                     for i, (c, w) in enumerate(zip(r, widths, strict=True))) + " |")
    return "\n".join(out)
