"""Pydantic models of formats that have no model elsewhere: the JSON diagnostics line (SPEC §5.3).

They exist to generate their JSON Schemas (schemas/generate.py); the code that writes the format
(passes/diagnostics.py ``render_json``) stays dependency-free and is tested against the schema.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class DiagnosticLine(BaseModel):
    """One diagnostic of `--diagnostics json`: a JSON object on its own line of stderr, keys in this order.
    Positions are 1-based (end exclusive); all four are 0 for a file that is not a source file."""

    model_config = ConfigDict(extra="forbid", title="zigttp diagnostic (JSON Lines record)")

    file: str = Field(description="path relative to the current directory, or <inline>")
    line: Annotated[int, Field(ge=0)]
    col: Annotated[int, Field(ge=0)]
    endLine: Annotated[int, Field(ge=0)]  # noqa: N815 - the format's key names
    endCol: Annotated[int, Field(ge=0)]  # noqa: N815
    severity: Literal["error", "warning"]
    code: Annotated[str, Field(pattern=r"^(ZT[0-9]{4})?$", description="ZT + 4 digits; empty for internal errors")]
    message: str
    help: str | None
    notes: list[str]
