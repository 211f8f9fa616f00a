"""JSX lowering (SPEC §8.1): each element becomes one ``vm.jsx.create_element(tag, props, children,
is_component)`` call; the element values themselves belong to the runtime library."""

from __future__ import annotations

import sys
import types

import pytest
from zigttp.passes.bytecode import compile_module
from zigttp.passes.frontend import parse_module
from zigttp.vm.loader import load_program


@pytest.fixture
def elements(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    made: list[tuple] = []

    def create_element(tag, props, children, is_component):
        made.append((tag, dict(props), list(children), is_component))
        return ("element", len(made) - 1)

    module = types.ModuleType("zigttp.vm.jsx")
    module.create_element = create_element  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "zigttp.vm.jsx", module)
    return made


def _load(source: str):
    parsed = parse_module(source.encode(), "page.jsx")
    assert not [d for d in parsed.diagnostics if d.is_error], parsed.diagnostics
    return load_program([("page.jsx", compile_module(parsed.module))], "page.jsx", {}, freeze=False)


def test_elements_attributes_and_children(elements: list[tuple]) -> None:
    src = """
    const extra = { "data-x": 1, id: "late" };
    const items = ["a", "b"];
    export const page = <div id="first" className="card" hidden {...extra} n={1 + 1}>
      Hello, {items.length}!
      <br />
      {...items}
    </div>;
    """
    _load(src)
    br, div = elements
    assert br == ("br", {}, [], False)
    tag, props, children, is_component = div
    assert (tag, is_component) == ("div", False)
    assert list(props.items()) == [("id", "late"), ("className", "card"), ("hidden", True), ("data-x", 1.0),
                                   ("n", 2.0)]
    assert children == ["Hello, ", 2.0, "!", ("element", 0), "a", "b"]


def test_components_and_fragments(elements: list[tuple]) -> None:
    src = """
    function Card(props) { return props.title; }
    const ui = { Button: (p) => p };
    export const tree = <><Card title="t" /><ui.Button /></>;
    """
    program = _load(src)
    card, button, fragment = elements
    assert card[0] is program.get("page.jsx", "Card") and card[3] is True and card[1] == {"title": "t"}
    assert button[0] is program.get("page.jsx", "ui")["Button"] and button[3] is True
    assert fragment == (None, {}, [("element", 0), ("element", 1)], False)
