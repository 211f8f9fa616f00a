"""zigttp:router (SPEC §11.4): ``routerMatch(routes, req)``.

Route keys are parsed once per routes object when the object is frozen module state (the usual case),
and on every call otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_to_bytes

from ..errors import type_error
from ..http_values import is_token
from ..utf16 import from_utf8, to_utf8
from ..values import FrozenObject
from .common import arg_error, field, is_object, js_function, plain_keys

__all__ = ["routerMatch", "parse_route_key", "Route", "EXPORTS"]


@dataclass(frozen=True, slots=True)
class Route:
    """One parsed route key: upper-cased method (``*`` for any), the pattern's segments after the leading
    ``/``, and whether the last segment is ``*``."""

    key: str
    method: str
    segments: tuple[str, ...]
    wildcard: bool


def parse_route_key(key: str) -> Route:
    """Parse ``"METHOD /pattern"``; raises ``TypeError: routerMatch(): invalid route key '<key>'``."""
    method, sep, pattern = key.partition(" ")
    if not sep or not (method == "*" or is_token(method)) or not pattern.startswith("/"):
        type_error(f"routerMatch(): invalid route key '{key}'")
    segments = pattern[1:].split("/")
    wildcard = segments[-1] == "*"
    for i, seg in enumerate(segments):
        if (seg == "*" and i != len(segments) - 1) or seg == ":" or " " in seg:
            type_error(f"routerMatch(): invalid route key '{key}'")
    body = tuple(segments[:-1]) if wildcard else tuple(segments)
    return Route(key, "*" if method == "*" else method.upper(), body, wildcard)


_PARSED: dict[int, tuple[Any, list[Route]]] = {}


def _routes(routes: Any) -> list[Route]:
    if type(routes) is FrozenObject:
        cached = _PARSED.get(id(routes))
        if cached is not None and cached[0] is routes:
            return cached[1]
        parsed = [parse_route_key(k) for k in plain_keys(routes)]
        _PARSED[id(routes)] = (routes, parsed)
        return parsed
    return [parse_route_key(k) for k in plain_keys(routes)]


def _decode(text: str) -> str:
    """Percent-decode as UTF-8; malformed escapes stay as they are, ``+`` is unchanged."""
    if "%" not in text:
        return text
    return from_utf8(unquote_to_bytes(to_utf8(text)))


def _match(route: Route, method: str, parts: list[str]) -> FrozenObject | None:
    if route.method != "*" and route.method != method and not (method == "HEAD" and route.method == "GET"):
        return None
    segments = route.segments
    n = len(segments)
    if route.wildcard:
        if len(parts) < n + 1:
            return None
    elif len(parts) != n:
        return None
    params: dict[str, str] = {}
    for seg, part in zip(segments, parts, strict=False):
        if seg.startswith(":"):
            if not part:
                return None
            params[seg[1:]] = _decode(part)
        elif seg != part:
            return None
    if route.wildcard:
        params["*"] = _decode("/".join(parts[n:]))
    return FrozenObject(params)


@js_function("routerMatch", 2)
def routerMatch(routes: Any = None, req: Any = None, *_: Any) -> FrozenObject | None:  # noqa: N802
    """``{ handler, params }`` for the first route matching ``req``, or undefined."""
    if not is_object(routes):
        arg_error("routerMatch", "routes", "an object")
    if not is_object(req):
        arg_error("routerMatch", "req", "an object")
    method = field(req, "method")
    if type(method) is not str:
        arg_error("routerMatch", "req.method", "a string")
    path = field(req, "path")
    if type(path) is not str:
        url = field(req, "url")
        if type(url) is not str:
            arg_error("routerMatch", "req.url", "a string")
        path = url.partition("?")[0]
    parsed = _routes(routes)
    parts = path[1:].split("/") if path.startswith("/") else None
    if parts is None:
        return None
    method = method.upper()
    for route in parsed:
        params = _match(route, method, parts)
        if params is not None:
            return FrozenObject(handler=field(routes, route.key), params=params)
    return None


EXPORTS = {"routerMatch": routerMatch}
