"""The ``contract`` pass (SPEC §14.1): what the handler may touch, derived statically from the whole program.

Public API
----------
``extract(modules, entry, verification=None, bytecode_verified=True) -> ContractOutput`` — ``modules``
{path: ParsedModule} are the folded trees of the comptime pass (every module of the program); ``entry``
the entry module's path; ``verification`` the verify pass's record (``{"exhaustiveReturns",
"resultsSafe", "unreachableCode"}``) or None when verify did not run; ``bytecode_verified`` whether the
bytecode pass produced code for every module (§0.5). The result's ``contract`` is contract.json
(passes/contract_json.py renders it); ``sites`` locates each finding for the policy pass.

Scanning: modules in the order entry first, then imports depth-first in import order; within a module in
source order (findings are ordered by position). Rules and their documented choices:

* ``env``/cache functions/``fetchSync``/``httpRequest`` count when called directly (``f(x)``) or through the
  pipe operator (``x |> f``, one argument); any other reference (passing the function as a value) makes the
  section dynamic. A spread argument is dynamic. A call without the argument (``env()``) is dynamic
  (``cacheStats()`` without argument touches no namespace).
* The URL of ``fetchSync(input, init?)`` is ``input``, its ``url`` property when it is an object literal,
  or the first argument of ``Request(...)``; an object literal ``init`` with an explicit ``url`` property
  overrides it (as at run time). A spread after the last ``url`` property of an object literal, or a
  computed key that is not constant, is dynamic. For ``httpRequest`` the URL is the ``url`` of
  ``JSON.stringify({ url: ... })``, or of constant JSON text; constant text that cannot make a request
  is ignored like an invalid constant URL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import jsast as A
from .contract_const import DYNAMIC, IGNORED, Evaluator, Prefix, url_host
from .contract_index import ProgramIndex
from .contract_model import (
    CacheSection,
    Contract,
    ContractOutput,
    ContractSites,
    EgressSection,
    EnvSection,
    HandlerPosition,
    Route,
    Site,
    Verification,
)
from .contract_routes import handler_routes, router_routes
from .verify_walk import children, paren_span

__all__ = ["extract", "find_handler"]

_CACHE_FUNCTIONS = ("cacheGet", "cacheSet", "cacheDelete", "cacheIncr", "cacheStats")
_EGRESS = ("fetchSync", "httpRequest")
_SECTIONS = ("env", "egress", "cache")


@dataclass
class _Finding:
    """One access: ``value`` a constant (env name, host, namespace) or None for dynamic access."""

    section: str
    value: str | None
    file: str
    span: A.Span


@dataclass
class _Collector:
    index: ProgramIndex
    ev: Evaluator
    handler: tuple[str, A.Function] | None
    findings: list[tuple[tuple[int, int, int, int], _Finding]] = field(default_factory=list)
    routes: list[tuple[tuple[int, int, int, int], Route]] = field(default_factory=list)
    _seq: int = 0

    def _key(self, path: str, span: A.Span) -> tuple[int, int, int, int]:
        self._seq += 1
        return (self.index.order.index(path), span[0], span[1], self._seq)

    def add(self, section: str, value: str | None, path: str, span: A.Span) -> None:
        self.findings.append((self._key(path, span), _Finding(section, value, path, span)))

    def add_route(self, path: str, span: A.Span, route: Route) -> None:
        self.routes.append((self._key(path, span), route))

    # -- the walk ----------------------------------------------------------------------------------------

    def module(self, path: str, module: A.Module) -> None:
        for stmt in module.body:
            if not isinstance(stmt, A.Import):
                self.visit(path, stmt)
        if self.handler is not None and self.handler[0] == path:
            for found in handler_routes(self.ev, path, self.handler[1]):
                self.add_route(path, found.span, found.route)

    def visit(self, path: str, node: Any) -> None:
        handled: set[int] = set()
        if isinstance(node, A.Call) and self.call(path, node, node.callee, node.args):
            handled.add(id(node.callee))
        elif isinstance(node, A.Pipe) and self.call(path, node, node.func, [node.value]):
            handled.add(id(node.func))
        elif isinstance(node, A.Identifier):
            self.reference(path, node)
        for child in children(node):
            if id(child) not in handled:
                self.visit(path, child)

    def target(self, path: str, callee: Any) -> tuple[str, str] | None:
        """(section or "router", function name) when ``callee`` names a function the contract watches."""
        virtual = self.index.virtual(path, callee)
        if virtual == ("zigttp:env", "env"):
            return ("env", "env")
        if virtual is not None and virtual[0] == "zigttp:cache" and virtual[1] in _CACHE_FUNCTIONS:
            return ("cache", virtual[1])
        if virtual == ("zigttp:router", "routerMatch"):
            return ("router", "routerMatch")
        if isinstance(callee, A.Identifier) and callee.binding < 0 and callee.name in _EGRESS:
            return ("egress", callee.name)
        return None

    def reference(self, path: str, node: A.Identifier) -> None:
        """A watched function used other than by calling it: its section becomes dynamic."""
        found = self.target(path, node)
        if found is not None and found[0] != "router":
            self.add(found[0], None, path, node.span)

    def call(self, path: str, call: Any, callee: Any, args: list[Any]) -> bool:
        found = self.target(path, callee)
        if found is None:
            return False
        section, name = found
        if section == "router":
            if args and not isinstance(args[0], A.Spread):
                for route in router_routes(self.ev, path, args[0]):
                    self.add_route(path, call.span, route)
            return True
        if section == "egress":
            self.egress(path, call, name, args)
            return True
        if name == "cacheStats" and not args:
            return True
        first = args[0] if args else None
        value = None if first is None or isinstance(first, A.Spread) else self.ev.string(path, first)
        self.add(section, value, path, call.span)
        return True

    # -- egress ------------------------------------------------------------------------------------------

    def egress(self, path: str, call: Any, name: str, args: list[Any]) -> None:
        if not args:
            return  # fails at run time without a request
        if any(isinstance(a, A.Spread) for a in args[:2]):
            self.add("egress", None, path, call.span)
            return
        host = self._http_request_host(path, args[0]) if name == "httpRequest" else self._fetch_host(path, args)
        if host == IGNORED:
            return
        self.add("egress", None if host == DYNAMIC else host, path, call.span)

    def _fetch_host(self, path: str, args: list[Any]) -> str:
        url: Any = args[0]
        if isinstance(url, A.ObjectLit):
            url = _url_property(url)
        elif isinstance(url, A.Call) and isinstance(url.callee, A.Identifier) and url.callee.binding < 0 \
                and url.callee.name == "Request":
            url = url.args[0] if url.args else IGNORED
        if len(args) > 1 and isinstance(args[1], A.ObjectLit):
            override = _url_property(args[1])
            if override is not None:
                url = override
        return self._host_of(path, url)

    def _http_request_host(self, path: str, arg: Any) -> str:
        if isinstance(arg, A.Call) and isinstance(arg.callee, A.Member) and not arg.callee.computed \
                and arg.callee.prop == "stringify" and isinstance(arg.callee.object, A.Identifier) \
                and arg.callee.object.name == "JSON" and arg.callee.object.binding < 0:
            if arg.args and isinstance(arg.args[0], A.ObjectLit):
                return self._host_of(path, _url_property(arg.args[0]))
            return DYNAMIC
        url = self.ev.json_url(path, arg)
        if url is None:
            return DYNAMIC
        if url == IGNORED:
            return IGNORED
        return url_host(Prefix(url, True))

    def _host_of(self, path: str, url: Any) -> str:
        if url is None or url == IGNORED:
            return IGNORED  # no url: the call fails at run time
        if url == DYNAMIC:
            return DYNAMIC
        return self.ev.url_host(path, url)


def _url_property(obj: A.ObjectLit) -> Any:
    """The ``url`` value of an object literal: an expression, None when absent, ``DYNAMIC`` when a spread
    or a non-constant computed key may supply it."""
    found: Any = None
    for prop in obj.properties:
        if isinstance(prop, A.Spread) or (isinstance(prop, A.Property) and prop.computed):
            found = DYNAMIC
        elif isinstance(prop, A.Property) and prop.key == "url":
            found = prop.value
    return found


# ---------------------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------------------


def find_handler(index: ProgramIndex, parsed_entry: Any) -> tuple[str, A.Function] | None:
    """(module, function) of the handler: the entry's top-level ``handler``, following imports."""
    if parsed_entry is None or parsed_entry.handler is None or index.entry not in index.modules:
        return None
    binding = index.toplevel[index.entry].get("handler")
    return None if binding is None else index.function(index.entry, binding)


def _imports(index: ProgramIndex) -> dict[str, list[str]]:
    functions: dict[str, list[str]] = {}
    for path in index.order:
        for stmt in index.modules[path].body:
            if not isinstance(stmt, A.Import) or stmt.type_only or not stmt.source.startswith("zigttp:"):
                continue
            names = functions.setdefault(stmt.source, [])
            for spec in stmt.specifiers:
                if not spec.type_only and spec.imported not in names:
                    names.append(spec.imported)
    return functions


def extract(modules: dict[str, Any], entry: str, verification: dict[str, bool] | None = None,
            bytecode_verified: bool = True) -> ContractOutput:
    """The contract of a program (see the module docstring)."""
    trees = {path: pm.module for path, pm in modules.items() if pm.module is not None}
    index = ProgramIndex(trees, entry)
    handler = find_handler(index, modules.get(entry))
    collector = _Collector(index, Evaluator(index), handler)
    for path in index.order:
        collector.module(path, trees[path])

    lists: dict[str, list[str]] = {s: [] for s in _SECTIONS}
    dynamic: dict[str, Site | None] = {s: None for s in _SECTIONS}
    sites: dict[str, dict[str, Site]] = {s: {} for s in _SECTIONS}
    for _, found in sorted(collector.findings, key=lambda item: item[0]):
        site = Site(file=found.file, span=found.span)
        if found.value is None:
            dynamic[found.section] = dynamic[found.section] or site
        elif found.value not in sites[found.section]:
            lists[found.section].append(found.value)
            sites[found.section][found.value] = site
    routes: list[Route] = []
    seen: set[tuple[str, str, str, str]] = set()
    for _, route in sorted(collector.routes, key=lambda item: item[0]):
        key = (route.method, route.pattern, route.type, route.field)
        if key not in seen:
            seen.add(key)
            routes.append(route)

    functions = _imports(index)
    position = None
    if handler is not None:
        span = paren_span(handler[1])
        position = HandlerPosition(path=handler[0], line=span[0], column=span[1])
    record = None
    if verification is not None:
        record = Verification(bytecodeVerified=bytecode_verified, **verification)
    contract = Contract(
        handler=position,
        routes=routes,
        modules=list(functions),
        functions=functions,
        env=EnvSection(literal=lists["env"], dynamic=dynamic["env"] is not None),
        egress=EgressSection(hosts=lists["egress"], dynamic=dynamic["egress"] is not None),
        cache=CacheSection(namespaces=lists["cache"], dynamic=dynamic["cache"] is not None),
        verification=record,
    )
    output_sites = ContractSites(
        env=sites["env"], env_dynamic=dynamic["env"],
        egress=sites["egress"], egress_dynamic=dynamic["egress"],
        cache=sites["cache"], cache_dynamic=dynamic["cache"],
    )
    return ContractOutput(contract=contract, sites=output_sites)
