"""Canonical data forms of the front end's results (parse and link outputs)."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..passes import jsast


def _to(value: Any) -> Any:
    if isinstance(value, jsast.Node):
        return jsast.to_data(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"$t": type(value).__name__}
        for f in dataclasses.fields(value):
            if f.name == "diagnostics":
                continue  # stored as the pass's own diagnostics object
            out[f.name] = _to(getattr(value, f.name))
        return out
    if isinstance(value, (list, tuple)):
        return [_to(v) for v in value]
    if isinstance(value, dict):
        return {k: _to(v) for k, v in value.items()}
    return value


def _from(data: Any) -> Any:
    from ..passes import frontend

    if isinstance(data, dict):
        if "$" in data:
            return jsast.from_data(data)
        if "$t" in data:
            cls = getattr(frontend, data["$t"])
            kwargs = {k: _from(v) for k, v in data.items() if k != "$t"}
            if isinstance(kwargs.get("span"), list):
                kwargs["span"] = tuple(kwargs["span"])
            field_names = {f.name for f in dataclasses.fields(cls)}
            if "diagnostics" in field_names:
                kwargs["diagnostics"] = []
            return cls(**kwargs)
        return {k: _from(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_from(v) for v in data]
    return data


def parsed_to_data(parsed: Any) -> Any:
    """ParsedModule -> JSON-compatible data (diagnostics excluded)."""
    return _to(parsed)


def parsed_from_data(data: Any) -> Any:
    """Inverse of ``parsed_to_data`` (diagnostics are empty; they live in their own object)."""
    return _from(data)


def link_to_data(result: Any, edges: dict[str, list[Any]]) -> Any:
    """The link output: evaluation order and the resolved import edges per module."""
    return {
        "order": list(result.order),
        "edges": {
            path: [[request.specifier, resolved] for request, resolved in pairs] for path, pairs in edges.items()
        },
    }
