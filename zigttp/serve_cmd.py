"""`zigttp serve` (SPEC §16.3, §17.1).

`serve <hash>` boots straight from the store: it imports the store reader, the runtime and the server, never
the compiler. `serve <file>` and `serve -e CODE` build first (loading the compiler in this process), then
replace this process with a clean interpreter serving the new hash, so workers never carry the compiler.
"""

from __future__ import annotations

import os
import sys
from typing import Any

SERVE_FLAGS = {
    "port": "--port", "host": "--host", "workers": "--workers", "memory": "--memory", "timeout_ms": "--timeout-ms",
    "max_body": "--max-body", "static": "--static", "outbound_timeout_ms": "--outbound-timeout-ms",
    "outbound_max_response": "--outbound-max-response", "cache_max_entries": "--cache-max-entries",
    "cache_max_bytes": "--cache-max-bytes", "metrics_every": "--metrics-every", "store": "--store",
}
SERVE_SWITCHES = {"cors": "--cors", "outbound_http": "--outbound-http", "quiet": "--quiet"}


def _forwarded(options: dict[str, Any]) -> list[str]:
    args: list[str] = []
    for dest, flag in SERVE_FLAGS.items():
        if options.get(dest) is not None:
            args += [flag, str(options[dest])]
    for dest, flag in SERVE_SWITCHES.items():
        if options.get(dest):
            args.append(flag)
    for host in options.get("outbound_host") or []:
        args += ["--outbound-host", host]
    return args


def _build_then_exec(options: dict[str, Any], entry: str, inline: bytes | None) -> int:
    from pathlib import Path

    from zigttp.pipeline.commands import _unsupported, build_quietly

    problem = _unsupported(options)
    if problem:
        sys.stderr.write(f"error: {problem}\n")
        return 1
    result = build_quietly(options, Path(entry), inline=inline)
    if not result.ok:
        return 1
    sys.stderr.flush()
    sys.stdout.flush()
    argv = [sys.executable, "-m", "zigttp", "serve", result.artifact or "", *_forwarded(options)]
    os.execv(sys.executable, argv)
    return 1  # not reached


def serve_command(options: dict[str, Any], positionals: list[str]) -> int:
    if options.get("eval") is not None:
        return _build_then_exec(options, "<inline>", options["eval"].encode("utf-8"))
    target = positionals[0]
    if os.path.exists(target):
        if os.path.isdir(target):
            sys.stderr.write(f"error: cannot read '{target}': is a directory\n")
            return 1
        return _build_then_exec(options, target, None)
    return serve_artifact(options, target)


def serve_artifact(options: dict[str, Any], prefix: str) -> int:
    from .store.location import store_dir
    from .store.objects import Store, StoreError
    from .vm.image import ImageError, load_program, read_image

    store = Store(store_dir(options.get("store")))
    try:
        artifact = store.resolve(prefix)
        image = read_image(store, artifact, verify=True)
    except (StoreError, ImageError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    from .vm.modules.config import config_from_options, policy_from_manifest
    from .vm.modules.runtime import load
    from .vm.server import ServeOptions, serve

    runtime = config_from_options(options, policy_from_manifest(store, image.manifest))
    workers = options.get("workers")
    if workers in (None, "auto"):
        workers = os.cpu_count() or 1
    serve_options = ServeOptions(
        host=options.get("host") or "127.0.0.1",
        port=8080 if options.get("port") is None else options["port"],
        workers=workers,
        quiet=bool(options.get("quiet")),
        max_body=options.get("max_body") or 1024 * 1024,
        timeout_ms=30000 if options.get("timeout_ms") is None else options["timeout_ms"],
        memory=options.get("memory"),
        cors=bool(options.get("cors")),
        static_dir=options.get("static"),
        artifact=artifact,
        entry=image.entry,
        outbound=runtime.describe_outbound(),
        metrics_every=float(options.get("metrics_every") or 0),
    )
    return serve(lambda: load(lambda: load_program(store, image), runtime), serve_options)
