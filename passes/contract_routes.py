"""Route extraction for the contract (SPEC §14.1 routes table, §0.16).

``router_routes`` reads the table given to ``routerMatch``; ``handler_routes`` reads the handler's own body
(not nested functions): ``if`` conditions and guards, ``switch`` on the path or URL, and ``match``. Every
route comes with the position of the construct that produced it, so the caller can order routes by
first appearance and deduplicate them.

``req`` is the handler's parameter; ``const p = req.path``, ``const { path, method: m } = req`` in the
handler body and a destructuring parameter ``({ path })`` give aliases of the fields ``path``, ``url`` and
``method``. Prefix tests must end with ``/`` (``req.path.startsWith("/x/")`` is the route ``/x/*``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..vm.errors import JSError
from ..vm.modules.router import parse_route_key
from . import jsast as A
from .contract_const import Evaluator
from .contract_model import Route
from .verify_returns import ALWAYS, classify
from .verify_walk import walk_function_body

__all__ = ["FoundRoute", "handler_routes", "router_routes", "route_from_key"]

_FIELDS = ("path", "url", "method")


@dataclass(frozen=True)
class FoundRoute:
    route: Route
    span: A.Span


def route_from_key(key: str) -> Route | None:
    """The route of a ``routerMatch`` key ``"METHOD /pattern"`` (None when the key is invalid)."""
    try:
        parsed = parse_route_key(key)
    except JSError:
        return None
    pattern = key.partition(" ")[2]
    if parsed.wildcard:
        kind = "prefix"
    elif any(seg.startswith(":") for seg in parsed.segments):
        kind = "param"
    else:
        kind = "exact"
    return Route(method=parsed.method, pattern=pattern, type=kind, field="path", source="router")


def router_routes(ev: Evaluator, path: str, table: Any) -> list[Route]:
    """The routes of a ``routerMatch`` table: an object literal or a ``const`` bound to one."""
    where = path
    if isinstance(table, A.Identifier):
        found = ev.index.const_init(path, table)
        if found is None:
            return []
        where, table = found
    if not isinstance(table, A.ObjectLit):
        return []
    routes = []
    for prop in table.properties:
        if not isinstance(prop, A.Property):
            continue
        key = ev.string(where, prop.key) if prop.computed else prop.key
        if isinstance(key, str):
            route = route_from_key(key)
            if route is not None:
                routes.append(route)
    return routes


# ---------------------------------------------------------------------------------------------------------
# The handler body
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Test:
    """One recognised comparison: ``kind`` "eq" (=== on path/url), "prefix" (startsWith) or "method"."""

    kind: str
    field: str
    value: str
    negated: bool


class _HandlerRoutes:
    def __init__(self, ev: Evaluator, path: str, fn: A.Function):
        self.ev = ev
        self.path = path
        self.fn = fn
        self.req: int | None = None
        self.aliases: dict[int, str] = {}  # binding -> "path" | "url" | "method"
        if fn.params and not fn.params[0].rest and fn.params[0].default is None:
            pattern = fn.params[0].pattern
            if isinstance(pattern, A.Identifier):
                self.req = pattern.binding
            elif isinstance(pattern, A.ObjectPattern):
                self._alias_pattern(pattern)

    def _alias_pattern(self, pattern: A.ObjectPattern) -> None:
        for prop in pattern.properties:
            if (isinstance(prop, A.PatternProp) and not prop.computed and prop.key in _FIELDS
                    and isinstance(prop.value, A.Identifier)):
                self.aliases[prop.value.binding] = prop.key

    def _is_req(self, node: Any) -> bool:
        return isinstance(node, A.Identifier) and self.req is not None and node.binding == self.req

    def field_of(self, node: Any) -> str | None:
        """``path``, ``url`` or ``method`` when ``node`` reads that request field (directly or by alias)."""
        if isinstance(node, A.Member) and not node.computed and not node.optional and node.prop in _FIELDS \
                and self._is_req(node.object):
            return str(node.prop)
        if isinstance(node, A.Identifier) and node.binding >= 0:
            return self.aliases.get(node.binding)
        return None

    def collect_aliases(self) -> None:
        for node in walk_function_body(self.fn):
            if not isinstance(node, A.VarDecl) or node.kind != "const":
                continue
            for decl in node.declarations:
                if isinstance(decl.target, A.Identifier):
                    field = self.field_of(decl.init)
                    if field is not None:
                        self.aliases[decl.target.binding] = field
                elif isinstance(decl.target, A.ObjectPattern) and self._is_req(decl.init):
                    self._alias_pattern(decl.target)

    # -- tests -------------------------------------------------------------------------------------------

    def test(self, expr: Any) -> _Test | None:
        negated = False
        if isinstance(expr, A.Unary) and expr.op == "!":
            negated, expr = True, expr.operand
            if not isinstance(expr, A.Call):
                return None
        if isinstance(expr, A.Binary) and expr.op in ("===", "!==") and not negated:
            for subject, other in ((expr.left, expr.right), (expr.right, expr.left)):
                field = self.field_of(subject)
                value = self.ev.string(self.path, other) if field is not None else None
                if field is not None and value is not None:
                    return _Test("method" if field == "method" else "eq", field, value, expr.op == "!==")
            return None
        if isinstance(expr, A.Call) and isinstance(expr.callee, A.Member) and expr.callee.prop == "startsWith" \
                and not expr.callee.computed and len(expr.args) == 1:
            field = self.field_of(expr.callee.object)
            value = self.ev.string(self.path, expr.args[0])
            if field in ("path", "url") and value is not None and value.startswith("/") and value.endswith("/"):
                return _Test("prefix", field, value, negated)
        return None

    def route_of(self, tests: list[_Test]) -> Route | None:
        paths = [t for t in tests if t.kind != "method"]
        methods = [t for t in tests if t.kind == "method"]
        if len(paths) != 1 or len(methods) > 1:
            return None
        test = paths[0]
        pattern = test.value + "*" if test.kind == "prefix" else test.value
        return Route(method=methods[0].value if methods else "*", pattern=pattern,
                     type="prefix" if test.kind == "prefix" else "exact", field=test.field, source="if")

    def if_route(self, stmt: A.If) -> Route | None:
        conjuncts = _chain(stmt.test, "&&")
        tests = [self.test(c) for c in conjuncts]
        if all(t is not None and not t.negated for t in tests):
            return self.route_of(tests)  # type: ignore[arg-type]
        if classify(stmt.consequent) != ALWAYS:
            return None
        tests = [self.test(c) for c in _chain(stmt.test, "||")]
        if all(t is not None and t.negated for t in tests):
            return self.route_of(tests)  # type: ignore[arg-type]
        return None

    def switch_routes(self, stmt: A.Switch) -> list[Route]:
        field = self.field_of(stmt.discriminant)
        if field not in ("path", "url"):
            return []
        routes = []
        for case in stmt.cases:
            value = self.ev.string(self.path, case.test) if case.test is not None else None
            if value is not None:
                routes.append(Route(method="*", pattern=value, type="exact", field=field, source="switch"))
        return routes

    def match_routes(self, node: A.Match) -> list[Route]:
        routes = []
        field = self.field_of(node.discriminant)
        whole = self._is_req(node.discriminant)
        for arm in node.arms:
            pattern = arm.pattern
            if field in ("path", "url") and isinstance(pattern, A.LiteralPattern) and isinstance(pattern.value, str):
                routes.append(Route(method="*", pattern=pattern.value, type="exact", field=field, source="match"))
            elif whole and isinstance(pattern, A.ObjectMatchPattern):
                route = _object_arm(pattern)
                if route is not None:
                    routes.append(route)
        return routes

    def routes(self) -> list[FoundRoute]:
        self.collect_aliases()
        found: list[FoundRoute] = []
        for node in walk_function_body(self.fn):
            if isinstance(node, A.If):
                route = self.if_route(node)
                if route is not None:
                    found.append(FoundRoute(route, node.span))
            elif isinstance(node, A.Switch):
                found.extend(FoundRoute(r, node.span) for r in self.switch_routes(node))
            elif isinstance(node, A.Match):
                found.extend(FoundRoute(r, node.span) for r in self.match_routes(node))
        return found


def _object_arm(pattern: A.ObjectMatchPattern) -> Route | None:
    """``when { method: "GET", path: "/x" }``: constant path or url, optionally a constant method."""
    values: dict[str, str] = {}
    for key, sub in zip(pattern.keys, pattern.patterns, strict=False):
        if key not in _FIELDS or not isinstance(sub, A.LiteralPattern) or not isinstance(sub.value, str):
            return None
        values[key] = sub.value
    fields = [f for f in ("path", "url") if f in values]
    if len(fields) != 1:
        return None
    return Route(method=values.get("method", "*"), pattern=values[fields[0]], type="exact", field=fields[0],
                 source="match")


def _chain(expr: Any, op: str) -> list[Any]:
    if isinstance(expr, A.Logical) and expr.op == op:
        return _chain(expr.left, op) + _chain(expr.right, op)
    return [expr]


def handler_routes(ev: Evaluator, path: str, fn: A.Function) -> list[FoundRoute]:
    """The if/switch/match routes of the handler's body, in source order."""
    return _HandlerRoutes(ev, path, fn).routes()
