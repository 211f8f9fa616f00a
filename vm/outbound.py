"""Outbound HTTP for handlers: ``fetchSync`` (SPEC §10.6) and ``httpRequest`` (§10.7).

This module checks everything that can be checked before connecting (§10.8, §10.9, §11.8, §14.6) and
builds the results; the wire work is ``vm/modules/transport.py`` (urllib3, imported on the first request
that gets that far). Neither function ever raises for a request problem: failures are 599 responses
(``fetchSync``) or ``{"ok":false,...}`` JSON (``httpRequest``). The only errors raised are calling either
while modules load and calling from an abandoned thunk.

``GLOBALS`` is merged into the JS globals by vm/builtins.py.
"""

from __future__ import annotations

import json
import math
from typing import Any

from .. import __version__
from .errors import type_error
from .http_values import Headers, Request, Response
from .jsjson import stringify
from .modules.common import is_uint8array, js_function
from .modules.config import current_config
from .modules.context import MAX_OUTBOUND_PER_THUNK, ThunkAbandoned, current_thunk, is_loading
from .record import record
from .utf16 import from_utf8, to_js, to_py, to_utf8
from .values import HostObject, JSArray, JSObject

__all__ = ["fetchSync", "httpRequest", "GLOBALS", "USER_AGENT", "prepare", "perform"]

USER_AGENT = f"zigttp/{__version__}"
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_INIT_FIELDS = ("url", "method", "headers", "body", "timeoutMs", "maxResponseBytes", "redirect")
_LOADING_MESSAGE = "outbound HTTP is not available while modules are loading"


@record(frozen=True)
class _Fail:
    code: str
    details: str


def _get(obj: Any, key: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(key)
    if isinstance(obj, HostObject):
        return obj.js_get(key)
    return None


def _fields(value: Any, init: Any) -> dict[str, Any] | _Fail:
    """Merge ``input`` and ``init`` into one field table (``init`` wins over ``input``)."""
    bad = _Fail("InvalidArgs", "expected a url string, a Request, or an init object with a url")
    fields: dict[str, Any] = {}
    if type(value) is str:
        fields["url"] = value
    elif isinstance(value, Request):
        fields.update(url=value.url, method=value.method, headers=value.headers, body=value.body)
    elif isinstance(value, dict):
        for key in _INIT_FIELDS:
            if key in value:
                fields[key] = value[key]
    else:
        return bad
    if init is not None:
        if not isinstance(init, dict):
            return bad
        for key in _INIT_FIELDS:
            if init.get(key) is not None:
                fields[key] = init[key]
    return fields


def _headers(value: Any) -> list[tuple[str, str]] | _Fail:
    if value is None:
        return []
    not_strings = _Fail("InvalidHeaders", "headers must be an object of strings")
    if isinstance(value, Headers):
        pairs = value.items()
    elif isinstance(value, list):
        pairs = []
        for pair in value:
            if not isinstance(pair, list) or len(pair) != 2:
                return not_strings
            pairs.append((pair[0], pair[1]))
    elif isinstance(value, dict):
        from .conversions import own_keys

        pairs = [(k, value[k]) for k in own_keys(value)]
    else:
        return not_strings
    out: list[tuple[str, str]] = []
    for name, text in pairs:
        if type(name) is not str or type(text) is not str:
            return not_strings
        if not name:
            return _Fail("InvalidHeaders", "header name must be non-empty")
        if "\r" in name or "\n" in name:
            return _Fail("InvalidHeaders", "header name contains newline")
        if "\r" in text or "\n" in text:
            return _Fail("InvalidHeaders", "header value contains newline")
        from .http_values import is_token

        if not is_token(name):
            return _Fail("RequestInitFailed", f"invalid header name '{to_py(name)}'")
        if "\0" in text:
            return _Fail("RequestInitFailed", f"invalid header value for '{to_py(name)}'")
        out.append((name.lower(), to_py(text).strip(" \t")))
    return out


def _positive_int(value: Any) -> int | None:
    if type(value) in (float, int) and math.isfinite(value) and value == int(value) and value > 0:
        return int(value)
    return None


def prepare(fields: dict[str, Any]) -> Any:
    """A checked ``OutboundRequest`` from a field table, or a failure (``_Fail``)."""
    from .modules.transport import Failure, OutboundRequest, parse_target

    config = current_config()
    if "url" not in fields or fields["url"] is None:
        return _Fail("InvalidUrl", "missing url field")
    url = fields["url"]
    if type(url) is not str or not url:
        return _Fail("InvalidUrl", "url must be a non-empty string")
    target = parse_target(to_py(url))
    if isinstance(target, Failure):
        return _Fail(target.code, target.details)
    refused = host_refusal(target.host)
    if refused is not None:
        return refused
    method = fields.get("method")
    if method is None:
        method = "GET"
    elif type(method) is not str:
        return _Fail("InvalidMethod", "method must be a string")
    if method.upper() not in METHODS:
        return _Fail("InvalidMethod", f"unsupported method '{to_py(method)}'")
    headers = _headers(fields.get("headers"))
    if isinstance(headers, _Fail):
        return headers
    body = fields.get("body")
    if body is None:
        data = None
    elif type(body) is str:
        data = to_utf8(body)
    elif is_uint8array(body):
        data = body.to_bytes()
    else:
        return _Fail("InvalidBody", "body must be a string, a Uint8Array or undefined")
    timeout = config.timeout_ms
    if fields.get("timeoutMs") is not None:
        timeout = _positive_int(fields["timeoutMs"])
        if timeout is None:
            return _Fail("InvalidArgs", "timeoutMs must be a positive integer")
    limit = config.max_response
    if fields.get("maxResponseBytes") is not None:
        given = _positive_int(fields["maxResponseBytes"])
        if given is None:
            return _Fail("InvalidMaxResponseBytes", "maxResponseBytes must be a positive integer")
        limit = min(limit, given)
    redirect = fields.get("redirect")
    if redirect is not None and redirect not in ("manual", "follow"):
        return _Fail("InvalidArgs", 'redirect must be "manual" or "follow"')
    return OutboundRequest(target, method.upper(), headers, data, timeout, limit, redirect == "follow")


def host_refusal(host: str) -> _Fail | None:
    """``HostNotAllowed`` when ``--outbound-host`` or the capability policy refuses ``host``."""
    config = current_config()
    if not config.flag_allows(host):
        return _Fail("HostNotAllowed", f"host '{host}' is not in --outbound-host")
    if not config.policy.host_allowed(host):
        return _Fail("HostNotAllowed", "capability policy")
    return None


def _precheck() -> _Fail | None:
    """The checks before arguments are looked at: loading, abandoned thunk, thunk budget, enabled."""
    if is_loading():
        type_error(_LOADING_MESSAGE)
    ctx = current_thunk()
    if ctx is not None:
        if ctx.abandoned:
            raise ThunkAbandoned()
        ctx.outbound_calls += 1
        if ctx.outbound_calls > MAX_OUTBOUND_PER_THUNK:
            return _Fail("ParallelOverflow", "more than 8 outbound calls in one parallel()/race() thunk")
    if not current_config().outbound_enabled:
        return _Fail("OutboundHttpDisabled", "outbound HTTP is not enabled; start the server with --outbound-http")
    return None


def perform(fields: dict[str, Any]) -> Any:
    """Prepare and send; an ``Upstream`` or a ``_Fail``."""
    from .modules.transport import TRANSPORT, Failure

    request = prepare(fields)
    if isinstance(request, _Fail):
        return request
    TRANSPORT.user_agent = USER_AGENT

    def allowed(target: Any) -> _Fail | None:
        return host_refusal(target.host)

    result = TRANSPORT.send(request, allowed)
    if isinstance(result, Failure):
        return _Fail(result.code, result.details)
    if isinstance(result, _Fail):
        return result
    return result


# ---------------------------------------------------------------------------------------------------------
# fetchSync
# ---------------------------------------------------------------------------------------------------------


def _failure_response(fail: _Fail) -> Response:
    body = stringify(JSObject(ok=False, error=fail.code, details=to_js(fail.details)))
    headers = Headers.from_trusted({"content-type": ["application/json"]}, immutable=True)
    return Response(599, fail.code, headers, body, outbound_error=(fail.code, to_js(fail.details)))


def _success_response(upstream: Any) -> Response:
    items: dict[str, list[str]] = {}
    for name, value in upstream.headers:
        value = to_js(value)
        values = items.get(name)
        if values is None:
            items[name] = [value]
        elif name == "set-cookie":
            values.append(value)
        else:
            values[0] = f"{values[0]}, {value}"
    headers = Headers.from_trusted(items, immutable=True)
    body = from_utf8(upstream.body)
    return Response(upstream.status, to_js(upstream.reason), headers, body)


@js_function("fetchSync", 1)
def fetchSync(input: Any = None, init: Any = None, *_: Any) -> Response:  # noqa: N802, A002 - JS names
    """Perform an outbound HTTP/1.1 request; failures are 599 responses (§10.6, §10.8)."""
    fail = _precheck()
    if fail is not None:
        return _failure_response(fail)
    fields = _fields(input, init)
    if isinstance(fields, _Fail):
        return _failure_response(fields)
    result = perform(fields)
    if isinstance(result, _Fail):
        return _failure_response(result)
    return _success_response(result)


# ---------------------------------------------------------------------------------------------------------
# httpRequest
# ---------------------------------------------------------------------------------------------------------

_JSON_FIELDS = {"url": "url", "method": "method", "headers": "headers", "body": "body",
                "max_response_bytes": "maxResponseBytes", "timeout_ms": "timeoutMs", "redirect": "redirect"}


def _js_data(value: Any) -> Any:
    if isinstance(value, str):
        return to_js(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, list):
        return JSArray(_js_data(v) for v in value)
    return JSObject((to_js(k), _js_data(v)) for k, v in value.items())


def _failure_json(fail: _Fail) -> str:
    return stringify(JSObject(ok=False, error=fail.code, details=to_js(fail.details))) or ""


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


@js_function("httpRequest", 1)
def httpRequest(request: Any = None, *_: Any) -> str:  # noqa: N802 - JS name
    """The JSON-string form of ``fetchSync`` (§10.7)."""
    fail = _precheck()
    if fail is not None:
        return _failure_json(fail)
    if type(request) is not str:
        return _failure_json(_Fail("InvalidArgs", "expected one JSON string argument"))
    try:
        data = json.loads(to_py(request), parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        return _failure_json(_Fail("InvalidJson", "failed to parse request JSON"))
    if not isinstance(data, dict):
        return _failure_json(_Fail("InvalidJson", "request JSON must be an object"))
    fields = {_JSON_FIELDS[k]: _js_data(v) for k, v in data.items() if k in _JSON_FIELDS and v is not None}
    result = perform(fields)
    if isinstance(result, _Fail):
        return _failure_json(result)
    out = JSObject(ok=200 <= result.status <= 299, status=float(result.status), reason=to_js(result.reason))
    content_type = next((v for k, v in result.headers if k == "content-type"), None)
    if content_type is not None:
        out["content_type"] = to_js(content_type)
    out["body"] = from_utf8(result.body)
    return stringify(out) or ""


GLOBALS: dict[str, Any] = {"fetchSync": fetchSync, "httpRequest": httpRequest}
