"""The AWS Lambda entry (SPEC §15.5): API Gateway HTTP API payload format 2.0 in and out.

``handler(event, context)`` is what the deploy manifest names (``zigttp.vm.lambda_entry.handler``). In a
bundle (`zigttp bundle`, §15.4) the module initialises on import, during Lambda's init phase: it reads
``ARTIFACT``, re-hashes the manifest and every object of ``zigttp_artifact/`` exactly as ``serve`` does
(``read_image``), configures the runtime from the artifact's policy and ``ZIGTTP_OUTBOUND_HTTP``, and
evaluates the modules once. A failure raises, which fails the initialisation.

Requests and responses take serve's code path: ``Request.from_wire`` builds the request, ``respond.handle``
calls the handler and gives the ``Outcome`` (500 for runtime errors and bad return values, 504 on time-out).
Only the two ends differ: the event instead of bytes from a socket, and a result object instead of bytes.
Error lines go to stderr without a timestamp (CloudWatch stamps every line):
``ERROR <METHOD> <target>: <error>`` and ``unsupported event payload version '<v>'``.
"""

from __future__ import annotations

import base64
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .accesslog import printable_target
from .http_values import Request
from .respond import Outcome, error_text, handle, server_outcome

__all__ = ["LambdaApp", "boot", "bundle_root", "handler", "request_from_event", "result_of"]

ARTIFACT_FILE = "ARTIFACT"
ARTIFACT_DIR = "zigttp_artifact"
OUTBOUND_VARIABLE = "ZIGTTP_OUTBOUND_HTTP"
TIMEOUT_MARGIN_MS = 500  # answer 504 this long before Lambda would stop the invocation
_TEXT_TYPES = frozenset(("application/json", "application/javascript", "application/xml"))


def _log(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


# --------------------------------------------------------------------------------------------------------
# Event -> Request, Outcome -> result
# --------------------------------------------------------------------------------------------------------


class EventError(Exception):
    """An event that is not an HTTP API payload 2.0 request (the message is the log line)."""


def request_from_event(event: dict[str, Any]) -> Request:
    """The request of a payload-2.0 event: method from ``requestContext.http.method``, url from ``rawPath``
    and ``rawQueryString``, headers plus ``cookie`` from ``cookies``, body base64-decoded when flagged."""
    try:
        method = event["requestContext"]["http"]["method"]
    except (KeyError, TypeError):
        raise EventError("malformed event payload: missing requestContext.http.method") from None
    path = event.get("rawPath") or "/"
    query = event.get("rawQueryString") or ""
    url = f"{path}?{query}" if query else path
    headers: list[tuple[str, str]] = [(str(k), str(v)) for k, v in (event.get("headers") or {}).items()]
    cookies = event.get("cookies")
    if cookies:
        headers.append(("cookie", "; ".join(str(c) for c in cookies)))
    body = event.get("body")
    raw: bytes | None = None
    if body:
        if event.get("isBase64Encoded"):
            try:
                raw = base64.b64decode(body, validate=True)
            except ValueError:
                raise EventError("malformed event payload: body is not valid base64") from None
        else:
            raw = body.encode("utf-8", "surrogatepass")
    return Request.from_wire(str(method), url, headers, raw)


def is_textual(content_type: str | None) -> bool:
    """``text/*``, ``application/json``, ``application/javascript``, ``application/xml``, ``*+json`` and
    ``*+xml`` (parameters ignored)."""
    if not content_type:
        return False
    media = content_type.split(";", 1)[0].strip().lower()
    return media.startswith("text/") or media in _TEXT_TYPES or media.endswith(("+json", "+xml"))


def result_of(outcome: Outcome, *, head: bool = False) -> dict[str, Any]:
    """The payload-2.0 result: every header but ``set-cookie`` by lowercase name, each ``set-cookie``
    value in ``cookies``, and the body as text when it is textual UTF-8, else base64. An empty body (and
    any HEAD response, as on the wire) is ``""`` without base64."""
    headers: dict[str, str] = {}
    cookies: list[str] = []
    for name, value in outcome.headers:
        if name == "set-cookie":
            cookies.append(value)
        else:
            headers[name] = value
    result: dict[str, Any] = {"statusCode": outcome.status, "headers": headers}
    if cookies:
        result["cookies"] = cookies
    body = b"" if head else outcome.body
    text: str | None = "" if not body else None
    if text is None and is_textual(headers.get("content-type")):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None:
        result["body"], result["isBase64Encoded"] = base64.b64encode(body).decode("ascii"), True
    else:
        result["body"], result["isBase64Encoded"] = text, False
    return result


# --------------------------------------------------------------------------------------------------------
# The application: a loaded artifact answering events
# --------------------------------------------------------------------------------------------------------


@dataclass
class LambdaApp:
    """A loaded program and how to answer one event with it."""

    artifact: str
    handler: Callable[[Any], Any]

    def invoke(self, event: Any, context: Any = None) -> dict[str, Any]:
        """Answer one event; never raises for anything the event or the handler does."""
        version = event.get("version") if isinstance(event, dict) else None
        if version != "2.0":
            _log(f"unsupported event payload version '{'' if version is None else version}'")
            return result_of(server_outcome(500))
        try:
            request = request_from_event(event)
        except EventError as exc:
            _log(str(exc))
            return result_of(server_outcome(500))
        outcome = handle(self.handler, request, timeout_ms=_timeout_ms(context))
        if outcome.error is not None:
            _log(f"ERROR {request.method} {printable_target(request.url)}: {outcome.error}")
        return result_of(outcome, head=request.method == "HEAD")


def _timeout_ms(context: Any) -> int:
    """The time left for the handler: Lambda's remaining time minus a margin (0 = no limit without a
    context)."""
    remaining = getattr(context, "get_remaining_time_in_millis", None)
    if remaining is None:
        return 0
    return max(int(remaining()) - TIMEOUT_MARGIN_MS, 1)


def bundle_root() -> str:
    """The bundle directory: the parent of the ``zigttp`` package (Lambda's task root). The serving path
    avoids pathlib (cold start)."""
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def boot(root: str) -> LambdaApp:
    """Load the bundle at ``root``: verify the artifact, configure the runtime, evaluate the modules."""
    from ..store.objects import Store
    from .image import load_program, read_image
    from .modules.config import RuntimeConfig, policy_from_manifest
    from .modules.runtime import load

    with open(os.path.join(root, ARTIFACT_FILE), encoding="ascii") as f:
        artifact = f.read().strip()
    store = Store(os.path.join(root, ARTIFACT_DIR))
    image = read_image(store, artifact, verify=True)  # raises ImageError: artifact verification failed
    config = RuntimeConfig(outbound_http=os.environ.get(OUTBOUND_VARIABLE) == "1",
                           policy=policy_from_manifest(store, image.manifest))
    try:
        program = load(lambda: load_program(store, image), config)
    except Exception as exc:
        _log(f"error: handler failed to load: {error_text(exc)}")
        raise
    entry_handler = getattr(program, "handler", None)
    if entry_handler is None:
        raise RuntimeError(f"handler failed to load: no handler found in '{image.entry}'")
    return LambdaApp(artifact, entry_handler)


_APP: list[LambdaApp] = []


def app() -> LambdaApp:
    """The process's application, booted from the bundle on first use."""
    if not _APP:
        _APP.append(boot(bundle_root()))
    return _APP[0]


def handler(event: Any, context: Any = None) -> dict[str, Any]:
    """The Lambda handler: one payload-2.0 event in, one payload-2.0 result out."""
    return app().invoke(event, context)


if os.path.isfile(os.path.join(bundle_root(), ARTIFACT_FILE)):  # inside a bundle: initialise during Lambda's init phase
    app()
