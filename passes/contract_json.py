"""contract.json, byte for byte (SPEC §14.2).

Keys in the order of the ``Contract`` model, 2-space indentation, objects one member per line, arrays of
strings on one line as ``["a", "b"]``, empty arrays ``[]``, an empty object ``{}``, each route object on its
own lines, strings escaped as ``JSON.stringify`` does (§9.8), and a final newline.
"""

from __future__ import annotations

from typing import Any

from ..vm.jsjson import quote
from ..vm.utf16 import to_py
from .contract_model import Contract

__all__ = ["render_contract_json", "contract_bytes"]


def _string(s: str) -> str:
    return to_py(quote(s))


def _value(value: Any, indent: int) -> str:
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(isinstance(v, str) for v in value):
            return "[" + ", ".join(_string(v) for v in value) + "]"
        return "[\n" + ",\n".join(inner + _value(v, indent + 1) for v in value) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        members = [f"{inner}{_string(k)}: {_value(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(members) + "\n" + pad + "}"
    raise TypeError(f"unexpected value in a contract: {value!r}")


def render_contract_json(contract: Contract) -> str:
    """The text of contract.json."""
    return _value(contract.model_dump(mode="python"), 0) + "\n"


def contract_bytes(contract: Contract) -> bytes:
    """contract.json as UTF-8 bytes."""
    return render_contract_json(contract).encode("utf-8")
