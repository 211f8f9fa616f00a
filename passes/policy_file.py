"""Reading a ``--policy FILE`` (SPEC §14.4): JSON, then the bundled JSON Schema, first problem as ZT0801.

The file's text arrives as a declared option of the policy pass (the build command reads the file), so this
module never touches the file system except to load the bundled schema, which is part of zigttp itself.

"First problem": problems are ordered by the position of the section they concern in the file (keys in
document order), then by the order of the §14.4 table (section not an object, extra field, missing field,
field not an array of strings, empty string element), then by element position.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from ..vm.utf16 import to_js
from .diagnostics import Diagnostic, error
from .jsast import NO_SPAN
from .policy_model import SECTIONS, PolicyFile

__all__ = ["load_policy_file", "policy_schema"]

_FIELDS = dict(SECTIONS)


@functools.cache
def policy_schema() -> dict[str, Any]:
    """schemas/policy.schema.json, as bundled with zigttp."""
    text = resources.files("zigttp.schemas").joinpath("policy.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"invalid literal '{name}'")


def _problem(data: Any, err: Any) -> tuple[tuple[int, ...], str]:
    """(sort key, message) of one schema error."""
    path = list(err.absolute_path)
    keys = list(data) if isinstance(data, dict) else []
    pos = {k: i for i, k in enumerate(keys)}
    if not path:
        if err.validator == "type":
            return (-1,), "Policy root must be a JSON object"
        if err.validator == "additionalProperties":
            extra = next(k for k in keys if k not in _FIELDS)
            return (pos[extra], 0), f"Unknown policy section '{extra}'"
    else:
        section = str(path[0])
        field = _FIELDS.get(section, "")
        where = pos.get(section, len(keys))
        if len(path) == 1:
            if err.validator == "type":
                return (where, 0), f"Policy section '{section}' must be an object"
            if err.validator == "additionalProperties":
                return (where, 1), f"Policy section '{section}' only supports '{field}'"
            if err.validator == "required":
                return (where, 2), f"Policy section '{section}' requires '{field}'"
        elif err.validator == "type":
            return (where, 3), f"Policy field '{section}.{field}' must be an array of strings"
        elif err.validator == "minLength":
            return (where, 4, int(path[2])), f"Policy field '{section}.{field}' must contain only non-empty strings"
    return (len(keys), 9), f"Policy file does not match its schema: {err.message}"


def _dedupe(values: list[str], fold_case: bool) -> list[str]:
    """Duplicates collapsed in first-seen order, in the UTF-16 form the runtime compares (hosts lowercase)."""
    return list(dict.fromkeys(to_js(v.lower() if fold_case else v) for v in values))


def load_policy_file(path: str, text: str | None, read_error: str | None = None,
                     not_utf8: bool = False) -> PolicyFile | Diagnostic:
    """The policy in ``text`` (duplicates collapsed, hosts lowercase), or the ZT0801 diagnostic of its first
    problem. ``read_error`` is the reason the file could not be read; ``not_utf8`` that its bytes are not
    UTF-8 (``text`` is None in both cases)."""
    from jsonschema import Draft202012Validator

    def fail(message: str) -> Diagnostic:
        return error("ZT0801", message, path, NO_SPAN)

    if not_utf8:
        return fail("Policy file is not valid JSON: file is not valid UTF-8")
    if read_error is not None or text is None:
        return fail(f"cannot read policy file '{path}': {read_error or 'unreadable'}")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except ValueError as exc:
        return fail(f"Policy file is not valid JSON: {exc}")
    problems = [_problem(data, e) for e in Draft202012Validator(policy_schema()).iter_errors(data)]
    if problems:
        return fail(min(problems)[1])
    policy = PolicyFile.model_validate(data)
    for section, field in SECTIONS:
        value = getattr(policy, section)
        if value is not None:
            setattr(value, field, _dedupe(getattr(value, field), fold_case=section == "egress"))
    return policy
