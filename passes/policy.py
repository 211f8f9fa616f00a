"""The ``policy`` pass (SPEC §14.3–§14.5): the effective capability policy and the build-time check.

Public API
----------
``run_policy(contract, policy_file=None) -> (PolicyOutput, diagnostics)`` — ``contract`` is the contract
pass's output (``ContractOutput``); ``policy_file`` is None (derive the policy from the contract) or the
declared option ``{"path": <as given>, "text": <file text> | None, "error": <read error> | None}`` of
``--policy FILE`` (``"not_utf8": true`` when its bytes are not UTF-8). An invalid file is one ZT0801 error; a contract that the file does not allow gives one
ZT0802 error per violation, located at the call that introduced it. The output's ``effective`` policy is
what the runtime enforces (passes/policy_model.py documents the format).

``derive(contract)`` and ``check(contract, policy)`` are the two halves.
"""

from __future__ import annotations

from typing import Any

from .contract_model import Contract, ContractOutput, Site
from .diagnostics import Diagnostic, error
from .policy_file import load_policy_file
from .policy_model import (
    SECTIONS,
    CachePolicy,
    EgressPolicy,
    EnvPolicy,
    PolicyFile,
    PolicyOutput,
    SectionReport,
)

__all__ = ["check", "derive", "run_policy"]

_WHAT = {"env": "env var", "egress": "outbound host", "cache": "cache namespace"}
_DYNAMIC_WHAT = {"env": "env access", "egress": "outbound host access", "cache": "cache namespace access"}


def _contract_section(contract: Contract, section: str) -> tuple[list[str], bool]:
    """(proven constants, dynamic) of one contract section."""
    if section == "env":
        return contract.env.literal, contract.env.dynamic
    if section == "egress":
        return contract.egress.hosts, contract.egress.dynamic
    return contract.cache.namespaces, contract.cache.dynamic


def _policy_of(lists: dict[str, list[str] | None]) -> PolicyFile:
    env, egress, cache = lists["env"], lists["egress"], lists["cache"]
    return PolicyFile(
        env=None if env is None else EnvPolicy(allow=env),
        egress=None if egress is None else EgressPolicy(allow_hosts=egress),
        cache=None if cache is None else CachePolicy(allow_namespaces=cache),
    )


def derive(contract: Contract) -> PolicyOutput:
    """§14.3 without a file: a dynamic section is unrestricted, any other is restricted to its constants."""
    lists: dict[str, list[str] | None] = {}
    sections: dict[str, SectionReport] = {}
    for section, _ in SECTIONS:
        names, dynamic = _contract_section(contract, section)
        lists[section] = None if dynamic else list(names)
        sections[section] = SectionReport(restricted=not dynamic, allow=[] if dynamic else list(names),
                                          dynamic=dynamic, proven=len(names))
    return PolicyOutput(source="derived", effective=_policy_of(lists), sections=sections)


def check(output: ContractOutput, policy: PolicyFile) -> list[Diagnostic]:
    """§14.5: for each section in the file, every constant must be listed and the section not dynamic."""
    diags: list[Diagnostic] = []
    sites = output.sites
    for section, _ in SECTIONS:
        allowed = policy.names(section)
        if allowed is None:
            continue
        names, dynamic = _contract_section(output.contract, section)
        site_map: dict[str, Site] = getattr(sites, section)
        for name in names:
            if name not in allowed:
                site = site_map.get(name)
                diags.append(_violation(f"policy violation: {_WHAT[section]} '{name}' is not allowed", site))
        if dynamic:
            site = getattr(sites, f"{section}_dynamic")
            diags.append(_violation(f"policy violation: dynamic {_DYNAMIC_WHAT[section]} is not allowed", site))
    return diags


def _violation(message: str, site: Site | None) -> Diagnostic:
    if site is None:
        return error("ZT0802", message, "", (0, 0, 0, 0))
    return error("ZT0802", message, site.file, site.span)


def run_policy(contract: ContractOutput, policy_file: dict[str, Any] | None = None
               ) -> tuple[PolicyOutput, list[Diagnostic]]:
    """The effective policy and the policy diagnostics (see the module docstring)."""
    if policy_file is None:
        return derive(contract.contract), []
    path = str(policy_file.get("path") or "policy.json")
    loaded = load_policy_file(path, policy_file.get("text"), policy_file.get("error"),
                              bool(policy_file.get("not_utf8")))
    if isinstance(loaded, Diagnostic):
        unrestricted = {s: SectionReport(restricted=False) for s, _ in SECTIONS}
        return PolicyOutput(source="file", effective=PolicyFile(), sections=unrestricted, violations=1), [loaded]
    sections = {}
    for section, _ in SECTIONS:
        names = loaded.names(section)
        sections[section] = SectionReport(restricted=names is not None, allow=names or [], in_file=names is not None)
    diags = check(contract, loaded)
    return PolicyOutput(source="file", effective=loaded, sections=sections, violations=len(diags)), diags
