"""schemas/policy.schema.json is generated from the pydantic model (passes/policy_model.py)."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator
from zigttp.passes.policy_file import policy_schema
from zigttp.passes.policy_model import schema_text

SCHEMA = Path(__file__).resolve().parents[2] / "schemas" / "policy.schema.json"


def test_checked_in_schema_matches_the_model() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), (
        "schemas/policy.schema.json is out of date: python -m zigttp.passes.policy_model > "
        "schemas/policy.schema.json")


def test_bundled_schema_is_the_checked_in_file() -> None:
    assert policy_schema() == json.loads(SCHEMA.read_text(encoding="utf-8"))


def test_schema_accepts_the_documented_example_and_rejects_extras() -> None:
    Draft202012Validator.check_schema(policy_schema())
    validator = Draft202012Validator(policy_schema())
    example = {"env": {"allow": ["JWT_SECRET"]}, "egress": {"allow_hosts": ["api.example.com"]},
               "cache": {"allow_namespaces": ["sessions"]}}
    assert validator.is_valid(example)
    assert validator.is_valid({})
    assert not validator.is_valid({"env": None})
    assert not validator.is_valid({"env": {"allow": [""]}})
    assert not validator.is_valid({"net": {}})
