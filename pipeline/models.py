"""Pydantic models of the artifact formats the pipeline writes (image manifest, pass record).

The serving path reads these documents with the standard library's json (it must not import pydantic);
schemas/ holds the JSON Schemas generated from these models.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from .canonical import canonical_json


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def canonical(self) -> bytes:
        """The canonical bytes of this document (sorted keys, no whitespace)."""
        return canonical_json(self.model_dump(mode="json"))


class PassRecord(_Model):
    """records/<key>: what one pass invocation produced."""

    name: str
    version: int
    module: str | None
    inputs: dict[str, str]
    output: str
    diagnostics: str | None  # object holding the diagnostics JSON, None when there were none
    errors: int
    warnings: int


class PassEntry(_Model):
    """One pass in the manifest: the key and output of the pass as a whole."""

    key: str
    output: str
    size: int
    diagnostics: list[str] = []  # objects holding the diagnostics of the pass's invocations


class ImportBinding(_Model):
    local: str
    source: str  # resolved module path or "zigttp:<name>"
    name: str


class ModuleEntry(_Model):
    path: str
    source: str  # object: the module's source bytes
    code: str  # object: the marshalled code of the module
    imports: list[ImportBinding]


class Manifest(_Model):
    """The image manifest; its blake3 is the artifact hash (SPEC §1.5)."""

    format: int = 1
    zigttp: str
    python: str  # "3.11"
    cache_tag: str  # e.g. "cpython-311": marshal is version-specific
    arch: str | None = None  # set when a JIT image or deploy manifest is built (SPEC §0.7)
    entry: str
    handler_line: int | None
    options: dict[str, object]
    modules: list[ModuleEntry]  # evaluation order: dependencies first, entry last
    passes: dict[str, PassEntry | None]  # None: the pass was skipped
    warnings: int
    objects: list[str]  # every object the artifact references, sorted (gc and verify use it)
