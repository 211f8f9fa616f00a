"""Generate the checked-in JSON Schemas of zigttp's formats from their pydantic models.

    python -m zigttp.schemas.generate           rewrite schemas/*.schema.json
    python -m zigttp.schemas.generate --check   exit 1 (listing the files) when a checked-in schema differs

Each schema is draft 2020-12 with an ``$id`` under https://zigttp.dev/schemas/, written with 2-space
indentation and a final newline. tests/schemas/ fails when a checked-in file drifts from its model.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

DIRECTORY = Path(__file__).resolve().parent
DRAFT = "https://json-schema.org/draft/2020-12/schema"
BASE_ID = "https://zigttp.dev/schemas/"


def _from_model(model: Any, name: str, title: str | None = None) -> dict[str, Any]:
    """The schema of a document zigttp writes from ``model``: every key is always written, so every
    property is required (defaults stay as documentation)."""
    schema = model.model_json_schema()
    for node in [schema, *schema.get("$defs", {}).values()]:
        if "properties" in node:
            node["required"] = list(node["properties"])
    if title is not None:
        schema["title"] = title
    return {"$schema": DRAFT, "$id": BASE_ID + name, **schema}


def _contract() -> dict[str, Any]:
    from ..passes.contract_model import Contract

    return _from_model(Contract, "contract.schema.json", "zigttp contract (contract.json)")


def _policy() -> dict[str, Any]:
    from ..passes.policy_model import policy_json_schema

    return policy_json_schema()


def _manifest() -> dict[str, Any]:
    from ..pipeline.models import Manifest

    return _from_model(Manifest, "manifest.schema.json", "zigttp image manifest")


def _pass_record() -> dict[str, Any]:
    from ..pipeline.models import PassRecord

    return _from_model(PassRecord, "pass-record.schema.json", "zigttp pass record")


def _diagnostic() -> dict[str, Any]:
    from .models import DiagnosticLine

    return _from_model(DiagnosticLine, "diagnostic.schema.json")


SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "contract.schema.json": _contract,
    "policy.schema.json": _policy,
    "manifest.schema.json": _manifest,
    "pass-record.schema.json": _pass_record,
    "diagnostic.schema.json": _diagnostic,
}


def schema_texts() -> dict[str, str]:
    """File name -> the text it must have."""
    return {name: json.dumps(make(), indent=2, ensure_ascii=False) + "\n" for name, make in SCHEMAS.items()}


def drifted(directory: Path = DIRECTORY) -> list[str]:
    """The schema files under ``directory`` that are missing or differ from their models."""
    out = []
    for name, text in schema_texts().items():
        path = directory / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            out.append(name)
    return out


def write_all(directory: Path = DIRECTORY) -> list[str]:
    """Rewrite every schema file; returns the names written."""
    texts = schema_texts()
    for name, text in texts.items():
        (directory / name).write_text(text, encoding="utf-8")
    return list(texts)


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        stale = drifted()
        for name in stale:
            sys.stdout.write(f"stale: schemas/{name}\n")
        return 1 if stale else 0
    if argv:
        sys.stderr.write("usage: python -m zigttp.schemas.generate [--check]\n")
        return 2
    for name in write_all():
        sys.stdout.write(f"wrote schemas/{name}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
