"""deploy-report.txt (SPEC §15.3): what the compiler proved, what needs review, and the proof level."""

from __future__ import annotations

from .contract_model import Contract

# (contract section, its list field, report label, review text)
_SECTIONS = (
    ("env", "literal", "Environment variables", "handler uses dynamic env access"),
    ("egress", "hosts", "Outbound hosts", "handler uses dynamic URLs"),
    ("cache", "namespaces", "Cache namespaces", "handler uses dynamic cache keys"),
)
_CHECKS = (
    ("exhaustiveReturns", "Exhaustive returns"),
    ("resultsSafe", "Result safety"),
    ("bytecodeVerified", "Bytecode verified"),
)


def _section(contract: Contract, name: str, field: str) -> tuple[list[str], bool]:
    section = getattr(contract, name)
    return list(getattr(section, field)), section.dynamic


def report_text(contract: Contract, *, handler: str, level: str, target: str, runtime: str, arch: str) -> str:
    """The report, ending with a newline."""
    lines = [
        "zigttp Proven Deployment Report",
        f"Handler: {handler}",
        f"Target: {target}",
        f"Runtime: {runtime} ({arch})",
        "",
        "PROVEN (compiler-verified, not heuristic):",
    ]
    proven = []
    review = []
    for name, field, label, why in _SECTIONS:
        names, dynamic = _section(contract, name, field)
        if dynamic:
            known = f" (known: {', '.join(names)})" if names else ""
            review.append(f"  {label}: {why}{known}")
        elif names:
            proven.append(f"  {label}: {', '.join(names)}")
    if contract.routes:
        proven.append("  Routes: " + ", ".join(f"{r.method} {r.pattern} ({r.type})" for r in contract.routes))
    lines.extend(proven or ["  (none)"])
    lines += ["", "NEEDS MANUAL REVIEW:"]
    lines.extend(review or ["  (none - all sections fully proven)"])
    lines += ["", "VERIFICATION:"]
    record = contract.verification
    if record is None:
        lines.append("  (no verification ran)")
    else:
        lines.extend(f"  {label}: {'PASS' if getattr(record, key) else 'FAIL'}" for key, label in _CHECKS)
    lines += ["", f"PROOF LEVEL: {level}"]
    return "\n".join(lines) + "\n"
