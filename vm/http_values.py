"""HTTP values visible to handlers: Headers, Request and Response (SPEC §10.1–§10.5).

Each kind is a ``HostObject`` (JS-visible access only through ``js_get``/``js_set``/``js_keys``) and has a
factory ``HostFunction`` callable without ``new``: ``HEADERS``, ``REQUEST`` and ``RESPONSE`` (with the
statics ``json``/``text``/``html``/``redirect``). ``GLOBALS`` maps the three JS names to the factories.

Strings are in UTF-16 form (vm/utf16.py) and numbers are floats. Values created while modules load are
frozen by the loader through ``js_freeze()`` (SPEC §3.15); afterwards every mutation raises
``TypeError: Cannot modify module-level state during a request``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote_to_bytes, urlsplit

from .conversions import is_callable, own_keys, to_string
from .errors import range_error, type_error
from .utf16 import from_utf8, to_js, to_py, to_utf8
from .values import FrozenObject, HostFunction, HostObject, JSArray, JSObject

__all__ = [
    "REASON_PHRASES",
    "reason_phrase",
    "Headers",
    "Request",
    "Response",
    "HEADERS",
    "REQUEST",
    "RESPONSE",
    "GLOBALS",
    "parse_query",
    "body_bytes",
]

REASON_PHRASES: dict[int, str] = {
    200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information", 204: "No Content",
    205: "Reset Content", 206: "Partial Content", 207: "Multi-Status", 300: "Multiple Choices",
    301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
    307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized",
    402: "Payment Required", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
    406: "Not Acceptable", 408: "Request Timeout", 409: "Conflict", 410: "Gone", 411: "Length Required",
    412: "Precondition Failed", 413: "Content Too Large", 414: "URI Too Long",
    415: "Unsupported Media Type", 416: "Range Not Satisfiable", 417: "Expectation Failed",
    418: "I'm a Teapot", 421: "Misdirected Request", 422: "Unprocessable Content", 423: "Locked",
    424: "Failed Dependency", 425: "Too Early", 426: "Upgrade Required", 428: "Precondition Required",
    429: "Too Many Requests", 431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
    500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
    504: "Gateway Timeout", 505: "HTTP Version Not Supported", 506: "Variant Also Negotiates",
    507: "Insufficient Storage", 508: "Loop Detected", 510: "Not Extended",
    511: "Network Authentication Required",
}

FROZEN_MESSAGE = "Cannot modify module-level state during a request"
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BAD_VALUE = ("\r", "\n", "\0")
_TEXT_PLAIN = "text/plain; charset=utf-8"
_REDIRECT_STATUSES = (301, 302, 303, 307, 308)
_NULL_BODY_STATUSES = (204, 205, 304)
_STANDARD_METHODS = {m.lower(): m for m in ("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH")}


def reason_phrase(status: int) -> str:
    """The standard reason phrase of ``status`` (§10.3), or ``""``."""
    return REASON_PHRASES.get(status, "")


def is_token(name: str) -> bool:
    """True when ``name`` is a non-empty HTTP token (RFC 9110 §5.6.2)."""
    return bool(name) and all(c in _TOKEN for c in name)


def _frozen() -> None:
    type_error(FROZEN_MESSAGE)


def _freeze_deep(value: Any) -> None:
    from .loader import freeze_value  # the loader's module-state freeze (lazy: avoids an import cycle)

    freeze_value(value, set())


def _field(init: Any, key: str) -> Any:
    """Read ``init.key`` from a JS object-like value (plain object or host object)."""
    if isinstance(init, dict):
        return init.get(key)
    if isinstance(init, HostObject):
        return init.js_get(key)
    return None


# --------------------------------------------------------------------------------------------------------
# Query strings and bodies
# --------------------------------------------------------------------------------------------------------


def _decode_component(text: str) -> str:
    if "+" in text:
        text = text.replace("+", " ")
    if "%" not in text:
        return text
    raw = unquote_to_bytes(to_utf8(text))  # malformed escapes stay literal
    return from_utf8(raw)


def parse_query(query: str) -> FrozenObject:
    """The ``query`` object of §10.1 for the part of a URL after its first ``?``."""
    result = FrozenObject()
    for piece in query.split("&"):
        if not piece:
            continue
        name, sep, value = piece.partition("=")
        result[_decode_component(name)] = _decode_component(value) if sep else ""
    return result


def body_bytes(body: Any) -> bytes:
    """The bytes of a body value: a string (UTF-8), a ``Uint8Array`` or ``undefined`` (empty)."""
    if body is None:
        return b""
    if type(body) is str:
        return to_utf8(body)
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    from .typedarrays import TypedArray  # the runtime library's typed arrays

    if isinstance(body, TypedArray):
        return body.storage.data[body.offset:body.offset + body.length].tobytes()
    type_error("Response body must be a string, a Uint8Array or undefined")


def _is_uint8array(value: Any) -> bool:
    return isinstance(value, HostObject) and value.js_class == "Uint8Array"


def _parse_json(text: str) -> Any:
    """JSON.parse for ``json()``: the parsed value, or ``undefined`` when the text is not valid JSON."""
    try:
        from .jsjson import parse  # the runtime library's JSON (lazy: written by another module owner)
    except ImportError:  # pragma: no cover - only while vm/jsjson.py is absent
        return _fallback_json_parse(text)
    try:
        return parse(text)
    except Exception:
        return None


def _fallback_json_parse(text: str) -> Any:
    import json

    def convert(value: Any) -> Any:
        if isinstance(value, dict):
            return JSObject((to_js(k), convert(v)) for k, v in value.items())
        if isinstance(value, list):
            return JSArray(convert(v) for v in value)
        if isinstance(value, str):
            return to_js(value)
        if type(value) is int:
            return float(value)
        return value

    def reject(_: str) -> Any:
        raise ValueError("not JSON")

    try:
        return convert(json.loads(to_py(text), parse_constant=reject))
    except ValueError:
        return None


def _stringify(data: Any) -> str | None:
    from .jsjson import stringify  # the runtime library's JSON.stringify (lazy import)

    return stringify(data)


# --------------------------------------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------------------------------------


class Headers(HostObject):
    """Case-insensitive multi-map of header values (§10.4). Names are stored lowercase."""

    __slots__ = ("_map", "_immutable", "_frozen")
    js_class = "Headers"

    def __init__(self, init: Any = None, *, immutable: bool = False):
        self._map: dict[str, list[str]] = {}
        self._immutable = False
        self._frozen = False
        if init is not None:
            self._fill(init)
        self._immutable = immutable

    @classmethod
    def from_trusted(cls, items: dict[str, list[str]], *, immutable: bool = True) -> Headers:
        """Wrap already validated, lowercase ``name -> values`` data (request parsing, outbound)."""
        headers = cls.__new__(cls)
        headers._map = items
        headers._immutable = immutable
        headers._frozen = False
        return headers

    def _fill(self, init: Any) -> None:
        if isinstance(init, Headers):
            for name, values in init._map.items():
                self._map[name] = list(values)
        elif isinstance(init, list):
            for pair in init:
                if not isinstance(pair, list) or len(pair) != 2:
                    type_error("Headers init pairs must be [name, value] arrays")
                self.append(pair[0], pair[1])
        elif isinstance(init, dict):
            for key in own_keys(init):
                self.append(key, init[key])
        else:
            type_error("Headers init must be an object, an array of [name, value] pairs, or Headers")

    # -- validation ----------------------------------------------------------------------------------------

    def _check_mutable(self) -> None:
        if self._frozen:
            _frozen()
        if self._immutable:
            type_error("Headers are immutable")

    @staticmethod
    def _name(name: Any) -> str:
        text = to_string(name)
        if not is_token(text):
            type_error(f"Invalid header name '{text}'")
        return text.lower()

    @staticmethod
    def _value(name: Any, value: Any) -> str:
        text = to_string(value)
        if any(c in text for c in _BAD_VALUE):
            type_error(f"Invalid header value for '{to_string(name)}'")
        return text.strip(" \t")

    # -- JS methods (every one accepts missing and extra arguments) -----------------------------------------

    def get(self, name: Any = None, *_: Any) -> str | None:
        values = self._map.get(self._name(name))
        if values is None:
            return None
        return values[0] if len(values) == 1 else ", ".join(values)

    def has(self, name: Any = None, *_: Any) -> bool:
        return self._name(name) in self._map

    def set(self, name: Any = None, value: Any = None, *_: Any) -> None:
        self._check_mutable()
        key = self._name(name)
        self._map[key] = [self._value(name, value)]

    def append(self, name: Any = None, value: Any = None, *_: Any) -> None:
        self._check_mutable()
        key = self._name(name)
        text = self._value(name, value)
        values = self._map.get(key)
        if values is None:
            self._map[key] = [text]
        else:
            values.append(text)

    def delete(self, name: Any = None, *_: Any) -> None:
        self._check_mutable()
        self._map.pop(self._name(name), None)

    def getSetCookie(self, *_: Any) -> JSArray:  # noqa: N802 - JS method name
        return JSArray(self._map.get("set-cookie", ()))

    def entries(self, *_: Any) -> JSArray:
        return JSArray(JSArray(pair) for pair in self.items())

    def keys(self, *_: Any) -> JSArray:
        return JSArray(name for name, _ in self.items())

    def values(self, *_: Any) -> JSArray:
        return JSArray(value for _, value in self.items())

    def forEach(self, fn: Any = None, *_: Any) -> None:  # noqa: N802 - JS method name
        if not is_callable(fn):
            type_error(f"{to_string(fn)} is not a function")
        for name, value in self.items():
            fn(value, name, self)

    # -- Python API ------------------------------------------------------------------------------------------

    def items(self) -> list[tuple[str, str]]:
        """``(name, value)`` pairs sorted by name; ``set-cookie`` gives one pair per value (wire order)."""
        pairs: list[tuple[str, str]] = []
        for name in sorted(self._map):
            values = self._map[name]
            if len(values) == 1:
                pairs.append((name, values[0]))
            elif name == "set-cookie":
                pairs.extend((name, v) for v in values)
            else:
                pairs.append((name, ", ".join(values)))
        return pairs

    def has_name(self, name: str) -> bool:
        """True when the lowercase ``name`` is present."""
        return name in self._map

    def js_freeze(self) -> None:
        """Freeze as module-level state (§3.15)."""
        self._frozen = True

    # -- JS protocol -----------------------------------------------------------------------------------------

    def js_get(self, key: str) -> Any:
        method = _HEADER_METHODS.get(key)
        if method is not None:
            return method.__get__(self)
        values = self._map.get(key)
        if values is None:
            return None
        return values[0] if len(values) == 1 else ", ".join(values)

    def js_set(self, key: str, value: Any) -> None:
        self._check_mutable()
        type_error(f"Cannot set property '{key}' on Headers; use set() or append()")

    def js_keys(self) -> list[str]:
        return sorted(self._map)

    def js_iter(self) -> Any:
        return iter(self.entries())


_HEADER_METHODS: dict[str, Callable[..., Any]] = {
    name: getattr(Headers, name)
    for name in ("get", "has", "set", "append", "delete", "getSetCookie", "entries", "keys", "values",
                 "forEach")
}


def _headers_from_wire(raw: list[tuple[Any, Any]]) -> Headers:
    """Build immutable request headers from raw ``(name, value)`` pairs (bytes or str): names lowercased,
    values decoded as UTF-8 (U+FFFD for invalid bytes) and trimmed, repeats combined (§10.1)."""
    items: dict[str, list[str]] = {}
    for name, value in raw:
        if type(name) is bytes:
            name = name.decode("latin-1")
        name = name.lower()
        if type(value) is bytes:
            value = value.decode("ascii") if value.isascii() else from_utf8(value)
        value = value.strip(" \t")
        values = items.get(name)
        if values is None:
            items[name] = [value]
        elif name == "set-cookie":
            values.append(value)
        else:
            values[0] = f"{values[0]}; {value}" if name == "cookie" else f"{values[0]}, {value}"
    return Headers.from_trusted(items, immutable=True)


# --------------------------------------------------------------------------------------------------------
# Bodies shared by Request and Response
# --------------------------------------------------------------------------------------------------------


class _Body(HostObject):
    """Shared body-consumption logic (``bodyUsed``, ``text()``, ``json()``) and extra properties."""

    __slots__ = ("body_used", "_extra", "_frozen")
    _data_keys: tuple[str, ...] = ()
    _read_only: frozenset[str] = frozenset()

    def _text_value(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def _consume(self) -> str:
        if self._frozen:
            _frozen()
        if self.body_used:
            type_error("Body has already been consumed")
        self.body_used = True
        return self._text_value()

    def text(self, *_: Any) -> str:
        return self._consume()

    def json(self, *_: Any) -> Any:
        text = self._consume()
        return _parse_json(text) if text else None

    def js_freeze(self) -> None:
        """Freeze as module-level state (§3.15), with the properties a handler added."""
        self._frozen = True
        if self._extra:
            _freeze_deep(self._extra)

    def js_set(self, key: str, value: Any) -> None:
        if self._frozen:
            _frozen()
        if key in self._read_only:
            type_error(f"Cannot assign to read only property '{key}'")
        if self._extra is None:
            self._extra = JSObject()
        self._extra[key] = value

    def js_keys(self) -> list[str]:
        keys = list(self._data_keys)
        if self._extra:
            keys.extend(k for k in own_keys(self._extra) if k not in self._data_keys)
        return keys

    def _extra_get(self, key: str) -> Any:
        extra = self._extra
        return extra.get(key) if extra else None


# --------------------------------------------------------------------------------------------------------
# Request
# --------------------------------------------------------------------------------------------------------


class Request(_Body):
    """An incoming (or handler-built) request (§10.1). ``path``, ``query``, ``headers`` and ``body`` are
    computed on first access."""

    __slots__ = ("method", "url", "_path", "_query", "_headers", "_raw_headers", "_body", "_raw_body")
    js_class = "Request"
    _data_keys = ("method", "url", "path", "query", "headers", "body")
    _read_only = frozenset(_data_keys + ("bodyUsed", "text", "json"))

    def __init__(self, method: str, url: str, headers: Headers | None = None, body: str | None = None,
                 *, path: str | None = None, query: str | None = None):
        self.method = method
        self.url = url
        self._path = path
        self._query: Any = query  # the raw query text until parsed, then the FrozenObject
        self._headers = headers
        self._raw_headers: list[tuple[Any, Any]] | None = None
        self._body = body or None
        self._raw_body: bytes | None = None
        self.body_used = False
        self._extra: JSObject | None = None
        self._frozen = False

    @classmethod
    def from_wire(cls, method: str | bytes, target: str | bytes, headers: list[tuple[Any, Any]],
                  body: bytes | None) -> Request:
        """A request as received (§10.1): ``headers`` are raw ``(name, value)`` pairs (bytes or str),
        ``body`` the raw bytes or ``None``. Decoding happens lazily, on first access."""
        if type(method) is bytes:
            method = method.decode("latin-1")
        if type(target) is bytes:
            target = target.decode("ascii") if target.isascii() else from_utf8(target)
        request = cls(method, target)
        request._raw_headers = headers
        request._raw_body = body or None
        return request

    # -- lazily computed data properties --------------------------------------------------------------------

    @property
    def path(self) -> str:
        if self._path is None:
            self._path = self.url.partition("?")[0]
        return self._path

    @property
    def query(self) -> FrozenObject:
        query = self._query
        if not isinstance(query, FrozenObject):
            if query is None:
                _, sep, query = self.url.partition("?")
            query = self._query = parse_query(query) if query else FrozenObject()
        return query

    @property
    def headers(self) -> Headers:
        headers = self._headers
        if headers is None:
            raw = self._raw_headers
            headers = self._headers = _headers_from_wire(raw) if raw else Headers(immutable=True)
            self._raw_headers = None
        return headers

    @property
    def body(self) -> str | None:
        raw = self._raw_body
        if raw is not None:
            self._body = raw.decode("ascii") if raw.isascii() else from_utf8(raw)
            self._raw_body = None
        return self._body

    def _text_value(self) -> str:
        return self.body or ""

    def js_get(self, key: str) -> Any:
        getter = _REQUEST_GETTERS.get(key)
        if getter is not None:
            return getter(self)
        return self._extra_get(key)

    def js_freeze(self) -> None:
        super().js_freeze()
        self.headers.js_freeze()


_REQUEST_GETTERS: dict[str, Callable[[Request], Any]] = {
    "method": lambda r: r.method,
    "url": lambda r: r.url,
    "path": lambda r: r.path,
    "query": lambda r: r.query,
    "headers": lambda r: r.headers,
    "body": lambda r: r.body,
    "bodyUsed": lambda r: r.body_used,
    "text": lambda r: r.text,
    "json": lambda r: r.json,
}


def _split_request_url(url: str) -> tuple[str, str]:
    """``(path, query)`` of a Request factory URL: a path or an absolute http(s) URL (§10.5)."""
    if url.startswith("/"):
        path, _, query = url.partition("?")
        return path, query
    try:
        parts = urlsplit(to_py(url))
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc \
            or not parts.hostname or any(c in url for c in " \t\r\n"):
        type_error(f"Invalid URL '{url}'")
    return to_js(parts.path or "/"), to_js(parts.query)


def make_request(url: Any = None, init: Any = None) -> Request:
    """``Request(url, init?)`` (§10.5)."""
    text = to_string(url) if url is not None else ""
    if type(url) is not str:
        type_error(f"Invalid URL '{text}'")
    path, query = _split_request_url(text)
    method = "GET"
    headers = Headers()
    body = None
    if init is not None:
        if not isinstance(init, (dict, HostObject)):
            type_error("Request init must be an object")
        raw_method = _field(init, "method")
        if raw_method is not None:
            method = to_string(raw_method)
            method = _STANDARD_METHODS.get(method.lower(), method)
            if not is_token(method):
                type_error(f"Invalid method '{method}'")
        raw_headers = _field(init, "headers")
        if raw_headers is not None:
            headers = Headers(raw_headers)
        body = _field(init, "body")
        if body is not None:
            if method in ("GET", "HEAD"):
                type_error("Request with GET/HEAD method cannot have body")
            body = to_string(body)
    headers._immutable = True
    return Request(method, text, headers, body, path=path, query=query)


# --------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------


class Response(_Body):
    """A response value (§10.3). ``body`` is a string, a Uint8Array or ``None``."""

    __slots__ = ("status", "status_text", "headers", "body", "outbound_error")
    js_class = "Response"
    _read_only = frozenset(("status", "statusText", "ok", "headers", "body", "bodyUsed", "text", "json",
                            "error", "details"))

    def __init__(self, status: int = 200, status_text: str | None = None, headers: Headers | None = None,
                 body: Any = None, *, outbound_error: tuple[str, str] | None = None):
        self.status = status
        self.status_text = reason_phrase(status) if status_text is None else status_text
        self.headers = headers if headers is not None else Headers()
        self.body = body
        self.outbound_error = outbound_error  # (code, details) of a 599 outbound failure
        self.body_used = False
        self._extra: JSObject | None = None
        self._frozen = False

    @property
    def _data_keys(self) -> tuple[str, ...]:  # type: ignore[override]
        if self.outbound_error is not None:
            return ("status", "statusText", "ok", "headers", "body", "error", "details")
        return ("status", "statusText", "ok", "headers", "body")

    @property
    def ok(self) -> bool:
        return 200 <= self.status <= 299

    def _text_value(self) -> str:
        body = self.body
        if body is None:
            return ""
        if type(body) is str:
            return body
        return from_utf8(body_bytes(body))

    def js_get(self, key: str) -> Any:
        getter = _RESPONSE_GETTERS.get(key)
        if getter is not None:
            return getter(self)
        if self.outbound_error is not None and key in ("error", "details"):
            return self.outbound_error[0 if key == "error" else 1]
        return self._extra_get(key)

    def js_freeze(self) -> None:
        super().js_freeze()
        self.headers.js_freeze()
        if isinstance(self.body, HostObject):
            _freeze_deep(self.body)


_RESPONSE_GETTERS: dict[str, Callable[[Response], Any]] = {
    "status": lambda r: float(r.status),
    "statusText": lambda r: r.status_text,
    "ok": lambda r: r.ok,
    "headers": lambda r: r.headers,
    "body": lambda r: r.body,
    "bodyUsed": lambda r: r.body_used,
    "text": lambda r: r.text,
    "json": lambda r: r.json,
}


def _status(value: Any) -> int:
    if type(value) in (float, int) and math.isfinite(value) and value == int(value) \
            and 200 <= value <= 599:
        return int(value)
    range_error(f"Response status must be an integer in the range 200 to 599, got {to_string(value)}")


def _build_response(body: Any, content_type: str | None, init: Any) -> Response:
    """Apply ``init`` (§10.3) over a body and its default content type."""
    status = 200
    status_text = None
    init_headers = None
    if init is not None:
        if not isinstance(init, (dict, HostObject)):
            type_error("Response init must be an object")
        raw_status = _field(init, "status")
        if raw_status is not None:
            status = _status(raw_status)
        raw_text = _field(init, "statusText")
        if raw_text is not None:
            status_text = to_string(raw_text)
            if any(c in status_text for c in _BAD_VALUE):
                type_error("Invalid statusText")
        raw_headers = _field(init, "headers")
        if raw_headers is not None:
            init_headers = Headers(raw_headers)
    if body is not None and status in _NULL_BODY_STATUSES:
        type_error(f"Response with status {status} cannot have a body")
    headers = Headers()
    if content_type is not None:
        headers._map["content-type"] = [content_type]
    if init_headers is not None:
        for name, values in init_headers._map.items():
            headers._map[name] = list(values)
    return Response(status, status_text, headers, body)


def _body_value(body: Any) -> Any:
    if body is None or type(body) is str or _is_uint8array(body):
        return body
    if isinstance(body, (dict, list, HostObject)) or is_callable(body):
        type_error("Response body must be a string, a Uint8Array or undefined")
    return to_string(body)


def make_response(body: Any = None, init: Any = None, *_: Any) -> Response:
    """``Response(body?, init?)``."""
    body = _body_value(body)
    return _build_response(body, _TEXT_PLAIN if type(body) is str else None, init)


def response_json(data: Any = None, init: Any = None, *_: Any) -> Response:
    """``Response.json(data, init?)``."""
    text = _stringify(data)
    if text is None:
        type_error("Response.json() data is not serializable")
    return _build_response(text, "application/json", init)


def response_text(text: Any = None, init: Any = None, *_: Any) -> Response:
    """``Response.text(text, init?)``."""
    return _build_response("" if text is None else to_string(text), _TEXT_PLAIN, init)


def response_html(html: Any = None, init: Any = None, *_: Any) -> Response:
    """``Response.html(html, init?)``."""
    return _build_response("" if html is None else to_string(html), "text/html; charset=utf-8", init)


def response_redirect(url: Any = None, status: Any = None, *_: Any) -> Response:
    """``Response.redirect(url, status = 302)``."""
    code = 302
    if status is not None:
        if not (type(status) in (float, int) and status in _REDIRECT_STATUSES):
            range_error(f"Invalid redirect status {to_string(status)}")
        code = int(status)
    location = to_string(url)
    headers = Headers()
    headers._map["location"] = [Headers._value("location", location)]
    return Response(code, None, headers, None)


# --------------------------------------------------------------------------------------------------------
# Factories (HostFunctions callable without ``new``)
# --------------------------------------------------------------------------------------------------------


class _Factory(HostFunction):
    """A JS-callable factory with read-only statics."""

    __slots__ = ("_fn", "_statics", "js_name")

    def __init__(self, name: str, fn: Callable[..., Any], statics: dict[str, Callable[..., Any]] | None = None):
        self._fn = fn
        self._statics = statics or {}
        self.js_name = name

    def __call__(self, *args: Any) -> Any:
        return self._fn(*args[:2])

    def js_get(self, key: str) -> Any:
        if key == "name":
            return self.js_name
        if key == "length":
            return 0.0 if self.js_name == "Headers" else 1.0
        return self._statics.get(key)

    def js_set(self, key: str, value: Any) -> None:
        type_error(f"Cannot assign to read only property '{key}' of function '{self.js_name}'")

    def js_keys(self) -> list[str]:
        return []


HEADERS = _Factory("Headers", lambda init=None, *_: Headers(init))
REQUEST = _Factory("Request", make_request)
RESPONSE = _Factory("Response", make_response, {
    "json": response_json,
    "text": response_text,
    "html": response_html,
    "redirect": response_redirect,
})

# JS names and lengths of the methods and statics (``Response.json.name`` is "json", not the Python name)
for _name, _fn in RESPONSE._statics.items():
    _fn.__name__ = _fn.__qualname__ = _name
    _fn.js_length = 1  # type: ignore[attr-defined]
for _name, _length in (("get", 1), ("has", 1), ("set", 2), ("append", 2), ("delete", 1), ("getSetCookie", 0),
                       ("entries", 0), ("keys", 0), ("values", 0), ("forEach", 1)):
    _HEADER_METHODS[_name].js_length = _length  # type: ignore[attr-defined]
_Body.text.js_length = _Body.json.js_length = 0  # type: ignore[attr-defined]

GLOBALS: dict[str, Any] = {"Headers": HEADERS, "Request": REQUEST, "Response": RESPONSE}
