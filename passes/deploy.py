"""The ``deploy`` pass (SPEC §15.1): the deploy manifest (template.json) and report of an artifact.

The pass is pure: the target, the building interpreter's Python version and the machine architecture
arrive as declared options (so they enter the pass key and the artifact hash, SPEC §0.7). Its only user
errors are ``ZT0803`` (unsupported target, Python version or architecture). The build command writes the
stored texts to ``deploy/`` (SPEC §0.6).

Its one input is the contract pass's output: the contract holds the verification record, and the template
and report list what the contract proves (the effective policy adds nothing the manifest needs; enforcing it
is the runtime's job, which reads it from the artifact).

Stored output (canonical JSON): ``{"format": 1, "target", "runtime": "python3.<m>", "arch": "x86_64" |
"arm64", "proofLevel", "template": <template.json text>, "report": <deploy-report.txt text>}``; with ZT0803
only ``{"format", "target", "error": true}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .contract_model import Contract, proof_level
from .deploy_report import report_text
from .deploy_template import template, template_text
from .diagnostics import Diagnostic, error

TARGETS = ("aws",)
LAMBDA_PYTHON_MINORS = range(10, 15)  # python3.10 to python3.14
_ARCHITECTURES = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}
OUTPUT_FORMAT = 1


def lambda_architecture(machine: str) -> str | None:
    """The Lambda architecture name of ``platform.machine()`` (``x86_64`` or ``arm64``), or None."""
    return _ARCHITECTURES.get(machine.lower())


@dataclass
class DeployResult:
    """The stored output of the pass (``data``) plus its diagnostics."""

    data: dict[str, Any]
    diagnostics: list[Diagnostic] = field(default_factory=list)


def check_target(target: str, python: str, machine: str, entry: str) -> list[Diagnostic]:
    """ZT0803 for an unknown target, a Python that is not a Lambda runtime, or an unknown architecture.
    The diagnostics name the entry file without a position (no source line is involved)."""
    problems = []
    if target not in TARGETS:
        problems.append(f"unknown deploy target '{target}' (supported: {', '.join(TARGETS)})")
    else:
        major, _, minor = python.partition(".")
        if major != "3" or not minor.isdigit() or int(minor) not in LAMBDA_PYTHON_MINORS:
            problems.append(f"Python {python} is not an AWS Lambda Python runtime "
                            f"(supported: python3.{LAMBDA_PYTHON_MINORS[0]} to python3.{LAMBDA_PYTHON_MINORS[-1]})")
        if lambda_architecture(machine) is None:
            problems.append(f"architecture '{machine}' is not an AWS Lambda architecture (supported: x86_64, arm64)")
    return [error("ZT0803", message, entry, (0, 0, 0, 0)) for message in problems]


def deploy(contract: Contract, *, target: str, python: str, machine: str, version: str,
           entry: str) -> DeployResult:
    """Build the deploy output from the contract. ``python`` is ``"3.<minor>"`` of the building
    interpreter, ``machine`` its ``platform.machine()``, ``version`` the zigttp version and ``entry`` the
    entry file (the handler's file when the contract names none)."""
    problems = check_target(target, python, machine, entry)
    if problems:
        return DeployResult({"format": OUTPUT_FORMAT, "target": target, "error": True}, problems)
    handler = contract.handler.path if contract.handler is not None else entry
    level = proof_level(contract)
    runtime = f"python{python}"
    arch = lambda_architecture(machine) or machine
    doc = template(contract, handler=handler, level=level, version=version, runtime=runtime, arch=arch)
    return DeployResult({
        "format": OUTPUT_FORMAT,
        "target": target,
        "runtime": runtime,
        "arch": arch,
        "proofLevel": level,
        "template": template_text(doc),
        "report": report_text(contract, handler=handler, level=level, target=target, runtime=runtime, arch=arch),
    })
