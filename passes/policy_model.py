"""Data formats of the ``policy`` pass (SPEC §14.3–§14.7), for every reader of its output.

``PolicyFile`` is policy.json (§14.4); schemas/policy.schema.json is generated from it
(``python -m zigttp.passes.policy_model > schemas/policy.schema.json``; a test fails on drift).

The stored output of the ``policy`` pass is the canonical JSON of a ``PolicyOutput``:

``effective``
    the effective policy in policy.json form (``PolicyFile``), unrestricted sections omitted. This is what
    ``serve``, ``run`` and the Lambda entry enforce; the serving path reads it with ``json.loads`` (see
    ``zigttp.vm.modules.config.policy_from_data``, which accepts the ``{"effective": ...}`` wrapper).
``source``
    ``"derived"`` (from the contract) or ``"file"`` (``--policy FILE``).
``sections``
    per section (``env``, ``egress``, ``cache``, in that order) what the sandbox report of §14.7 shows.
``violations``
    the number of ZT0802 errors (0 in every successful build).

The policy file's path is not stored (outputs hold no user paths); the build prints it.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_serializer
from pydantic.json_schema import SkipJsonSchema

__all__ = [
    "SECTIONS",
    "CachePolicy",
    "EgressPolicy",
    "EnvPolicy",
    "PolicyFile",
    "PolicyOutput",
    "SectionReport",
    "load_policy_output",
    "policy_json_schema",
]

# (section, its one field) in report order.
SECTIONS: tuple[tuple[str, str], ...] = (("env", "allow"), ("egress", "allow_hosts"), ("cache", "allow_namespaces"))

Name = Annotated[str, StringConstraints(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnvPolicy(_Model):
    """Environment variable names the handler may read (exact, case-sensitive)."""

    allow: list[Name]


class EgressPolicy(_Model):
    """Outbound hosts the handler may contact (exact host, case-insensitive, port ignored)."""

    allow_hosts: list[Name]


class CachePolicy(_Model):
    """zigttp:cache namespaces the handler may use (exact, case-sensitive)."""

    allow_namespaces: list[Name]


class PolicyFile(_Model):
    """A zigttp capability policy: each present section restricts that capability to exactly its list."""

    model_config = ConfigDict(extra="forbid", title="zigttp capability policy")

    env: EnvPolicy | SkipJsonSchema[None] = Field(default=None)
    egress: EgressPolicy | SkipJsonSchema[None] = Field(default=None)
    cache: CachePolicy | SkipJsonSchema[None] = Field(default=None)

    def names(self, section: str) -> list[str] | None:
        """The allowed names of a section, or None when it is unrestricted."""
        value = getattr(self, section)
        if value is None:
            return None
        return list(getattr(value, dict(SECTIONS)[section]))

    def to_data(self) -> dict:
        """policy.json data, unrestricted sections omitted."""
        return self.model_dump(mode="json", exclude_none=True)


class SectionReport(_Model):
    """One line of the sandbox report. ``restricted`` with ``allow`` as the list; ``dynamic``: the contract
    found dynamic access (derived policies); ``proven``: the contract's constants (derived policies);
    ``in_file``: the section is present in the policy file (explicit policies)."""

    restricted: bool
    allow: list[str] = []
    dynamic: bool = False
    proven: int = 0
    in_file: bool = False


class PolicyOutput(_Model):
    """The stored output of the policy pass."""

    version: int = 1
    source: Literal["derived", "file"]
    effective: PolicyFile
    sections: dict[str, SectionReport]
    violations: int = 0

    @field_serializer("effective")
    def _effective_as_policy_json(self, value: PolicyFile) -> dict:
        return value.to_data()


def load_policy_output(data: bytes) -> PolicyOutput:
    """Parse the policy pass's stored output."""
    return PolicyOutput.model_validate(json.loads(data.decode("utf-8", "surrogatepass")))


def policy_json_schema() -> dict:
    """The JSON Schema of policy.json (draft 2020-12), generated from ``PolicyFile``."""
    schema = PolicyFile.model_json_schema()
    for prop in schema.get("properties", {}).values():
        prop.pop("default", None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://zigttp.dev/schemas/policy.schema.json",
        **schema,
    }


def schema_text() -> str:
    """schemas/policy.schema.json as checked in (2-space indentation, final newline)."""
    return json.dumps(policy_json_schema(), indent=2) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(schema_text())
