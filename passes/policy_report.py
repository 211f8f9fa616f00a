"""Text forms of the policy pass's output: the sandbox report (SPEC §14.7), the violations header (§14.5),
the ``show`` views (policy.json form, the summary's ``sandbox`` line).

They read the stored output as plain data (``json.loads`` of the policy pass's output), so ``show`` and the
build need no pydantic model to print them.
"""

from __future__ import annotations

from typing import Any

from ..vm.jsjson import quote
from ..vm.utf16 import to_py

__all__ = ["CHECK_PASSED", "policy_json_text", "sandbox_report", "sandbox_summary", "violations_header"]

CHECK_PASSED = "Capability policy check passed"
_SECTIONS = ("env", "egress", "cache")
_FIELDS = {"env": "allow", "egress": "allow_hosts", "cache": "allow_namespaces"}


def _list(names: list[str]) -> str:
    return "[" + ", ".join(to_py(n) for n in names) + "]"


def violations_header(policy_path: str) -> str:
    """The line before the ZT0802 diagnostics in text mode."""
    return f"Capability policy violations in {policy_path}:"


def sandbox_report(output: dict[str, Any], policy_path: str | None) -> list[str]:
    """The lines of §14.7 for a successful policy pass (``policy_path``: the file as given, if any)."""
    sections = output["sections"]
    if output["source"] == "file":
        lines = [f"Sandbox from policy file {policy_path}:"]
        for name in _SECTIONS:
            s = sections[name]
            lines.append(f"  {name}: restricted to {_list(s['allow'])}" if s["restricted"]
                         else f"  {name}: unrestricted (section not in policy)")
        return lines + [CHECK_PASSED]
    if not any(sections[name]["dynamic"] for name in _SECTIONS):
        return ["Sandbox: complete (all access statically proven)"]
    lines = ["Sandbox derived from contract:"]
    for name in _SECTIONS:
        s = sections[name]
        if s["dynamic"]:
            lines.append(f"  {name}: unrestricted (dynamic access detected)")
        else:
            proven = s["proven"]
            count = "none proven" if proven == 0 else f"{proven} proven"
            lines.append(f"  {name}: restricted to {_list(s['allow'])} ({count}, no dynamic access)")
    return lines


def sandbox_summary(output: dict[str, Any] | None) -> str:
    """The ``sandbox ...`` line of ``zigttp show <hash>``: each section's list or ``unrestricted``."""
    effective = (output or {}).get("effective") or {}
    if not any(effective.get(name) for name in _SECTIONS):
        return "sandbox unrestricted"
    parts = []
    for name in _SECTIONS:
        section = effective.get(name)
        parts.append(f"{name} {_list(section[_FIELDS[name]])}" if section else f"{name} unrestricted")
    return "sandbox " + "; ".join(parts)


def policy_json_text(output: dict[str, Any]) -> str:
    """The effective policy in policy.json form (unrestricted sections omitted), as in §14.4."""
    effective = output.get("effective") or {}
    members = []
    for name in _SECTIONS:
        section = effective.get(name)
        if section is not None:
            field = _FIELDS[name]
            values = ", ".join(to_py(quote(v)) for v in section[field])
            members.append(f'  "{name}": {{ "{field}": [{values}] }}')
    if not members:
        return "{}\n"
    return "{\n" + ",\n".join(members) + "\n}\n"
