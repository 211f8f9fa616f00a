"""zigttp:router (SPEC §11.4)."""

from __future__ import annotations

import pytest
from zigttp.vm.http_values import make_request
from zigttp.vm.modules.router import routerMatch
from zigttp.vm.values import FrozenObject, JSError, JSObject


def req(method: str, url: str) -> JSObject:
    return JSObject(method=method, url=url)


ROUTES = FrozenObject({
    "GET /users/:id": "user",
    "* /files/*": "files",
    "GET /": "root",
    "GET /a/:x/b/:y": "two",
    "post /form": "form",
})


def match(method: str, url: str, routes: dict = ROUTES):
    found = routerMatch(routes, req(method, url))
    return None if found is None else (found["handler"], dict(found["params"]))


@pytest.mark.parametrize(("method", "url", "expected"), [
    ("GET", "/users/42?x=1", ("user", {"id": "42"})),
    ("GET", "/users/", None),
    ("GET", "/users", None),
    ("GET", "/users/42/", None),
    ("PUT", "/files/a/b%20c", ("files", {"*": "a/b c"})),
    ("GET", "/files", None),
    ("GET", "/files/", ("files", {"*": ""})),
    ("HEAD", "/", ("root", {})),
    ("GET", "/a/1/b/2", ("two", {"x": "1", "y": "2"})),
    ("GET", "/A/1/b/2", None),  # literal segments are case-sensitive
    ("POST", "/form", ("form", {})),  # methods compare case-insensitively
    ("post", "/form", ("form", {})),
    ("GET", "/form", None),
    ("DELETE", "/users/1", None),
    ("GET", "/users/%E2%82%AC", ("user", {"id": "€"})),
    ("GET", "/users/a+b%zz", ("user", {"id": "a+b%zz"})),  # '+' unchanged, malformed escape kept
    ("GET", "/users/%FF", ("user", {"id": "\ufffd"})),
])
def test_table(method: str, url: str, expected) -> None:
    assert match(method, url) == expected


def test_first_match_in_property_order() -> None:
    routes = JSObject({"GET /x/:a": 1.0, "GET /x/y": 2.0, "* /x/*": 3.0})
    assert match("GET", "/x/y", routes) == (1.0, {"a": "y"})
    assert match("POST", "/x/y", routes) == (3.0, {"*": "y"})


def test_path_property_wins_over_url() -> None:
    found = routerMatch(ROUTES, JSObject(method="GET", path="/users/7", url="/nope"))
    assert found["params"]["id"] == "7"
    found = routerMatch(ROUTES, make_request("/users/9?q=1"))
    assert found["params"] == {"id": "9"}


def test_result_shape_is_frozen() -> None:
    found = routerMatch(ROUTES, req("GET", "/users/1"))
    assert type(found) is FrozenObject and list(found) == ["handler", "params"]


@pytest.mark.parametrize("key", ["GET/x", "GET  /x", "GET x", "/x", "GET /a/*/b", "GET /:", "G(T /x", ""])
def test_invalid_keys(key: str) -> None:
    with pytest.raises(JSError) as info:
        routerMatch(JSObject({key: 1.0}), req("GET", "/x"))
    assert info.value.text() == f"TypeError: routerMatch(): invalid route key '{key}'"


@pytest.mark.parametrize(("routes", "request_", "message"), [
    (None, req("GET", "/"), "routerMatch(): 'routes' must be an object"),
    ("GET /", req("GET", "/"), "routerMatch(): 'routes' must be an object"),
    (ROUTES, None, "routerMatch(): 'req' must be an object"),
    (ROUTES, JSObject(url="/"), "routerMatch(): 'req.method' must be a string"),
    (ROUTES, JSObject(method="GET"), "routerMatch(): 'req.url' must be a string"),
])
def test_argument_errors(routes, request_, message) -> None:
    with pytest.raises(JSError) as info:
        routerMatch(routes, request_)
    assert info.value.text() == "TypeError: " + message


def test_frozen_routes_are_parsed_once() -> None:
    from zigttp.vm.modules import router

    routes = FrozenObject({"GET /cached/:n": 1.0})
    routerMatch(routes, req("GET", "/cached/1"))
    assert router._PARSED[id(routes)][0] is routes
    assert match("GET", "/cached/2", routes) == (1.0, {"n": "2"})
