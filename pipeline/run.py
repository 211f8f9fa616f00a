"""`zigttp run`: build a file, load it in-process, send one request or run it as a script (SPEC §16.5)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .commands import build_quietly


def error_line(exc: BaseException) -> str:
    """`<file>:<line>:<col> <Name>: <message>` for a runtime error (SPEC §3.16)."""
    from ..vm.respond import error_text

    return error_text(exc)


def _request_body(options: dict[str, Any]) -> bytes | None:
    body = options.get("body")
    if body is None:
        return None
    if body.startswith("@"):
        return Path(body[1:]).read_bytes()
    return body.encode("utf-8")


def run(options: dict[str, Any], file: Path) -> int:
    from ..vm.image import load_program, read_image

    wants_request = bool(options.get("request") or options.get("header") or options.get("body") is not None)
    result = build_quietly(options, file, script=None)
    if not result.ok or result.manifest is None:
        return 1
    script = bool(result.manifest.options.get("script"))
    if script and wants_request:
        sys.stderr.write(f"error: '{file}' has no handler; script mode accepts no request options\n"
                         "run 'zigttp run --help' for usage\n")
        return 2
    try:
        body = _request_body(options)
    except OSError as exc:
        sys.stderr.write(f"error: cannot read '{options['body'][1:]}': {(exc.strerror or str(exc)).lower()}\n")
        return 1
    from ..store.location import store_dir
    from ..store.objects import Store

    st = Store(store_dir(options.get("store")))
    image = read_image(st, result.artifact or "", verify=False)
    from ..vm.modules.config import config_from_options, policy_from_manifest
    from ..vm.modules.runtime import load

    runtime = config_from_options(options, policy_from_manifest(st, image.manifest))
    try:
        program = load(lambda: load_program(st, image), runtime)
    except Exception as exc:  # a runtime error while modules load
        sys.stdout.flush()
        sys.stderr.write(error_line(exc) + "\n")
        return 1
    if script:
        sys.stdout.flush()
        return 0
    from ..vm import respond
    from ..vm.http_values import Request

    method, path = options.get("request") or ("GET", "/")
    headers = [(k.encode("latin-1", "replace"), v.encode("utf-8")) for k, v in options.get("header") or []]
    if body is not None and not any(k.lower() == b"content-length" for k, _ in headers):
        headers.append((b"content-length", str(len(body)).encode()))
    request = Request.from_wire(method, path, headers, body)
    outcome = respond.handle(program.handler, request)
    sys.stdout.flush()
    if outcome.error:
        sys.stderr.write(outcome.error + "\n")
    sys.stdout.buffer.write(respond.render_run(outcome, head=method.upper() == "HEAD"))
    sys.stdout.flush()
    return 1 if outcome.error else 0
