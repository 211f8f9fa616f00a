"""The SPEC §18 examples (examples/) parse cleanly; damaged sources never crash the parser; a 2,000-line
handler parses without diagnostics (its speed is measured in benchmarks/check_speed.py, not asserted)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from zigttp.passes.frontend import parse_module
from zigttp.passes.jsast import from_data, to_data

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FIXTURES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".ts", ".tsx", ".js", ".jsx"))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_examples_parse_without_diagnostics(path: Path) -> None:
    parsed = parse_module(path.read_bytes(), path.name)
    assert [(d.code, d.message, d.span) for d in parsed.diagnostics] == []
    assert parsed.handler is not None and parsed.handler.kind == "function"
    # The tree survives canonical serialisation.
    data = to_data(parsed.module)
    assert to_data(from_data(data)) == data


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_damaged_sources_never_crash(path: Path) -> None:
    text = path.read_text()
    rng = random.Random(path.name)
    for _ in range(40):
        chars = list(text)
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(chars))
            action = rng.random()
            if action < 0.4:
                del chars[i : i + rng.randint(1, 6)]
            elif action < 0.8:
                chars.insert(i, rng.choice("{}()[]<>/`'\";,.=!?:*&|#@\\\n x0"))
            else:
                chars[i : i + 1] = list(rng.choice(["while", "=>", "${", "</", "match (", "/*", "class "]))
        damaged = "".join(chars)
        for name in (path.name, "t.ts", "t.js"):
            parsed = parse_module(damaged.encode(), name)
            assert parsed.module is not None
            assert all(d.span[0] >= 1 for d in parsed.diagnostics)


def test_a_2000_line_handler_parses() -> None:
    base = (EXAMPLES / "greet.tsx").read_text()
    parts = []
    i = 0
    while sum(p.count("\n") for p in parts) < 2000:
        parts.append(
            base.replace("formField", f"formField{i}")
            .replace("Greeting", f"Greeting{i}")
            .replace("function Page", f"function Page{i}")
            .replace("<Page />", f"<Page{i} />")
            .replace("export function handler", f"function handler{i}")
        )
        i += 1
    data = "\n".join(parts).encode()
    parsed = parse_module(data, "big.tsx")
    assert parsed.diagnostics == []
