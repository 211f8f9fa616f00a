"""The AWS SAM template of a deploy manifest (SPEC §15.2): a dict in the specified key order, and its text.

Names that end up as CloudFormation logical IDs (parameters, events) are ASCII alphanumeric; two sources
that map to the same ID get the suffixes ``2``, ``3``, ... in first-seen order.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .contract_model import Contract, Route

HANDLER = "zigttp.vm.lambda_entry.handler"
MEMORY_MB = 256
TIMEOUT_S = 30
OUTBOUND_VARIABLE = "ZIGTTP_OUTBOUND_HTTP"
ENV_REVIEW = "handler uses dynamic env access - additional vars may be needed"
API_URL = "https://${ServerlessHttpApi}.execute-api.${AWS::Region}.amazonaws.com"

VERIFICATION_KEYS = ("exhaustiveReturns", "resultsSafe", "bytecodeVerified")
_PIECES = re.compile(r"[A-Za-z0-9]+")


def _unique(base: str, taken: set[str]) -> str:
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}{n}"
    taken.add(name)
    return name


def parameter_names(env_names: list[str]) -> dict[str, str]:
    """Env name -> template parameter name: ``JWT_SECRET`` -> ``JwtSecret``; ``Env`` prefix before a
    digit; ``2``, ``3``, ... on collisions."""
    taken: set[str] = set()
    out: dict[str, str] = {}
    for name in env_names:
        base = "".join(p[:1].upper() + p[1:].lower() for p in _PIECES.findall(name))
        if not base or base[0].isdigit():
            base = "Env" + base
        out[name] = _unique(base, taken)
    return out


def event_path(route: Route) -> str:
    """The HTTP API path of a route: ``:name`` -> ``{name}``, a trailing ``*`` (or a prefix route) ->
    ``{proxy+}``."""
    pattern = route.pattern
    if pattern.endswith("*"):
        pattern = pattern[:-1]
    elif route.type != "prefix":
        return _params(pattern)
    # A greedy parameter is a whole segment: `/files*` becomes `/files/{proxy+}` (CatchAll takes the rest).
    return _params(pattern if pattern.endswith("/") else pattern + "/") + "{proxy+}"


def _params(path: str) -> str:
    return "/".join("{" + seg[1:] + "}" if seg.startswith(":") and len(seg) > 1 else seg for seg in path.split("/"))


def event_method(route: Route) -> str:
    return "ANY" if route.method == "*" else route.method.upper()


def _pascal(word: str) -> str:
    return word[:1].upper() + word[1:]


def event_id(route: Route) -> str:
    """``Route`` + the method in Pascal case + the path's alphanumeric pieces capitalised (``:id`` -> ``Id``,
    ``*`` -> ``Proxy``, ``/`` alone -> ``Root``)."""
    method = "Any" if route.method == "*" else route.method[:1].upper() + route.method[1:].lower()
    pieces: list[str] = []
    for segment in route.pattern.split("/"):
        if segment == "*":
            pieces.append("Proxy")
            continue
        pieces.extend(_pascal(p) for p in _PIECES.findall(segment))
        if segment.endswith("*") and segment != "*":
            pieces.append("Proxy")
    if route.type == "prefix" and not route.pattern.endswith("*"):
        pieces.append("Proxy")
    return "Route" + "".join(_PIECES.findall(method)) + ("".join(pieces) or "Root")


def deployable(route: Route) -> bool:
    """Routes an HTTP API can express: an absolute path without ``?``."""
    return route.pattern.startswith("/") and "?" not in route.pattern


def events(routes: list[Route]) -> dict[str, Any]:
    """``CatchAll`` (the API's default route), then one HttpApi event per distinct route."""
    out: dict[str, Any] = {"CatchAll": {"Type": "HttpApi"}}
    seen: set[tuple[str, str]] = set()
    taken = {"CatchAll"}
    for route in routes:
        if not deployable(route):
            continue
        path, method = event_path(route), event_method(route)
        if (path, method) in seen:
            continue
        seen.add((path, method))
        out[_unique(event_id(route), taken)] = {"Type": "HttpApi", "Properties": {"Path": path, "Method": method}}
    return out


def verified_checks(contract: Contract) -> list[str]:
    """The true members of exhaustiveReturns, resultsSafe, bytecodeVerified, in that order."""
    record = contract.verification
    if record is None:
        return []
    return [k for k in VERIFICATION_KEYS if getattr(record, k)]


def template(contract: Contract, *, handler: str, level: str, version: str, runtime: str, arch: str
             ) -> dict[str, Any]:
    """The SAM template as a dict whose insertion order is the key order of SPEC §15.2. ``handler`` is
    the handler's file (relative to the entry directory)."""
    env = contract.env
    meta: dict[str, Any] = {
        "version": version,
        "proofLevel": level,
        "handler": handler,
        "verification": verified_checks(contract),
        "envProven": not env.dynamic,
    }
    if env.dynamic:
        meta["envReview"] = ENV_REVIEW
    params = parameter_names(env.literal)
    doc: dict[str, Any] = {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Transform": "AWS::Serverless-2016-10-31",
        "Description": f"zigttp proven deployment - {handler} (proof: {level})",
        "Metadata": {"zigttp": meta},
    }
    if params:
        reads = "handler reads" if env.dynamic else "PROVEN: handler reads"
        doc["Parameters"] = {param: {"Type": "String", "NoEcho": True, "Description": f"{reads} {name}"}
                             for name, param in params.items()}
    variables: dict[str, Any] = {name: {"Ref": param} for name, param in params.items()}
    if contract.egress.hosts or contract.egress.dynamic:
        variables[OUTBOUND_VARIABLE] = "1"
    props: dict[str, Any] = {
        "CodeUri": "bundle",
        "Handler": HANDLER,
        "Runtime": runtime,
        "MemorySize": MEMORY_MB,
        "Timeout": TIMEOUT_S,
        "Architectures": [arch],
    }
    if variables:
        props["Environment"] = {"Variables": variables}
    props["Events"] = events(contract.routes)
    tags = {"zigttp:proven": "true" if level == "complete" else "false", "zigttp:proofLevel": level}
    if contract.egress.hosts or not contract.egress.dynamic:
        tags["zigttp:egressProven"] = "false" if contract.egress.dynamic else "true"
    if contract.egress.hosts:
        tags["zigttp:egressHosts"] = ",".join(contract.egress.hosts)
    props["Tags"] = tags
    doc["Resources"] = {"HandlerFunction": {"Type": "AWS::Serverless::Function", "Properties": props}}
    doc["Outputs"] = {"ApiUrl": {"Description": "API endpoint", "Value": {"Fn::Sub": API_URL}}}
    return doc


def template_text(doc: dict[str, Any]) -> str:
    """2-space indentation, one array element per line, the dict's key order, a final newline."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
