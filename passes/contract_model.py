"""Data formats of the ``contract`` pass (SPEC §14.1–§14.2), for every reader of its output.

The stored output of the ``contract`` pass is the canonical JSON of a ``ContractOutput``:

``contract``
    the contract document of §14.2 (``Contract``); ``render_contract_json`` in passes/contract_json.py
    writes it byte-exactly as contract.json (keys in the model's field order).
``sites``
    where each proven constant was first introduced and where the first dynamic use of each section is
    (``ContractSites``), for the ZT0802 locations of the policy pass (§14.5). Not part of contract.json.

Read it with ``load_contract_output(data)`` (pydantic) or, on the serving path, with ``json.loads`` (the
field names are the same). ``proof_level(contract)`` is the level of §15.1 (deploy pass, ``show``,
``store ls``).
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = [
    "CONTRACT_VERSION",
    "CacheSection",
    "Contract",
    "ContractOutput",
    "ContractSites",
    "EgressSection",
    "EnvSection",
    "HandlerPosition",
    "Route",
    "Site",
    "Verification",
    "load_contract_output",
    "proof_level",
]

CONTRACT_VERSION = 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class HandlerPosition(_Model):
    """The handler's ``(``: module path relative to the entry directory, 1-based line and column."""

    path: str
    line: int
    column: int


class Route(_Model):
    """One route (§14.1 routes table). ``method`` is a method name or ``*``."""

    method: str
    pattern: str
    type: Literal["exact", "param", "prefix"]
    field: Literal["path", "url"]
    source: Literal["router", "if", "switch", "match"]


class EnvSection(_Model):
    literal: list[str] = []
    dynamic: bool = False


class EgressSection(_Model):
    hosts: list[str] = []
    dynamic: bool = False


class CacheSection(_Model):
    namespaces: list[str] = []
    dynamic: bool = False


class Verification(_Model):
    """The verification record of §13.4 (with ``bytecodeVerified`` from the bytecode pass, §0.5)."""

    exhaustiveReturns: bool  # noqa: N815 - contract.json names
    resultsSafe: bool  # noqa: N815
    unreachableCode: bool  # noqa: N815
    bytecodeVerified: bool  # noqa: N815


class Contract(_Model):
    """contract.json (§14.2); field order is the file's key order."""

    version: int = CONTRACT_VERSION
    handler: HandlerPosition | None = None  # None in script mode (§0.7)
    routes: list[Route] = []
    modules: list[str] = []
    functions: dict[str, list[str]] = {}
    env: EnvSection = EnvSection()
    egress: EgressSection = EgressSection()
    cache: CacheSection = CacheSection()
    verification: Verification | None = None  # None without --verify
    aot: None = None  # reserved

    @model_validator(mode="after")
    def _functions_in_module_order(self) -> Contract:
        """Stored outputs are canonical JSON (sorted keys): ``functions`` follows ``modules`` again."""
        rank = {m: i for i, m in enumerate(self.modules)}
        ordered = sorted(self.functions.items(), key=lambda item: rank.get(item[0], len(rank)))
        if list(self.functions) != [k for k, _ in ordered]:
            self.functions = dict(ordered)
        return self


class Site(_Model):
    """A source location: module path (relative to the entry directory) and span (line, col, endLine,
    endCol; 1-based, end exclusive)."""

    file: str
    span: tuple[int, int, int, int]


class ContractSites(_Model):
    """First introducing call per proven constant (keys as in the contract: env names, lowercase hosts,
    cache namespaces) and the first dynamic use per section (None when the section is not dynamic)."""

    env: dict[str, Site] = {}
    env_dynamic: Site | None = None
    egress: dict[str, Site] = {}
    egress_dynamic: Site | None = None
    cache: dict[str, Site] = {}
    cache_dynamic: Site | None = None


class ContractOutput(_Model):
    """The stored output of the contract pass."""

    contract: Contract
    sites: ContractSites = ContractSites()


def load_contract_output(data: bytes) -> ContractOutput:
    """Parse the contract pass's stored output."""
    return ContractOutput.model_validate(json.loads(data.decode("utf-8", "surrogatepass")))


def proof_level(contract: Contract) -> str:
    """``none`` without verification; ``complete`` when exhaustiveReturns, resultsSafe and bytecodeVerified
    hold and no section is dynamic; ``partial`` otherwise (§15.1)."""
    record = contract.verification
    if record is None:
        return "none"
    proven = record.exhaustiveReturns and record.resultsSafe and record.bytecodeVerified
    dynamic = contract.env.dynamic or contract.egress.dynamic or contract.cache.dynamic
    return "complete" if proven and not dynamic else "partial"
