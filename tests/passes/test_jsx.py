"""JSX: SPEC §8.1 syntax, §8.2 whitespace, character references, ZT0106 checks."""

from __future__ import annotations

import pytest
from parsetools import parse, unparse
from zigttp.passes import jsast as A
from zigttp.passes.parser_jsx import decode_entities, jsx_text_value

PRELUDE = "const n = 1, items = [1], Card = (p) => p, ui = { Button: Card };\n"


def element(src: str, path: str = "t.tsx") -> A.Expr:
    parsed = parse(PRELUDE + f"const e = {src};", path)
    assert [(d.code, d.message) for d in parsed.diagnostics] == []
    return parsed.module.body[1].declarations[0].init


def texts(node: A.Expr) -> list:
    return [c.value if isinstance(c, A.JSXText) else type(c).__name__ for c in node.children]


# §8.2 table
@pytest.mark.parametrize(
    ("src", "children"),
    [
        ("<p>Count: {n}</p>", ["Count: ", "JSXExprContainer"]),
        ("<p>  a  </p>", ["  a  "]),
        ("<p>\n  Hello\n  world\n</p>", ["Hello world"]),
        ("<div><b>a</b> <i>b</i></div>", ["JSXElement", " ", "JSXElement"]),
        ("<div>\n  <b>a</b>\n</div>", ["JSXElement"]),
        ("<p>Tom &amp; Jerry</p>", ["Tom & Jerry"]),
        ("<p>\n  a{' '}\n  {n}\n</p>", ["a", "JSXExprContainer", "JSXExprContainer"]),
        ("<p>a  \n\n  b  c\n</p>", ["a b  c"]),
        ("<p>\t x \t</p>", ["\t x \t"]),
        ("<p>{/* comment */}</p>", []),
    ],
)
def test_whitespace_rules(src: str, children: list) -> None:
    assert texts(element(src)) == children


def test_text_helpers() -> None:
    assert jsx_text_value("\n  a\r\n  b \r  ") == "a b"
    assert jsx_text_value("😀") == "\ud83d\ude00"
    assert decode_entities("&amp;&lt;&gt;&quot;&apos;&nbsp;&#123;&#x7B;&hellip;&NotEqualTilde;") == (
        "&<>\"'\xa0{{…≂̸"
    )
    assert decode_entities("&bogus; &amp &#xZZ; &#0;") == "&bogus; &amp &#xZZ; &#0;"


def test_elements_attributes_and_children() -> None:
    node = element(
        '<a href="x&amp;y" data-id={n} hx-on--after-request="go" hx-on:click="z" xlink:href="u" checked '
        "{...items}>{...items}<br /></a>"
    )
    assert isinstance(node, A.JSXElement) and node.tag == "a" and not node.is_component
    names = [a.name if isinstance(a, A.JSXAttr) else "..." for a in node.attrs]
    assert names == ["href", "data-id", "hx-on--after-request", "hx-on:click", "xlink:href", "checked", "..."]
    assert node.attrs[0].value.value == "x&y"
    assert node.attrs[5].value is None
    assert [type(c).__name__ for c in node.children] == ["JSXSpreadChild", "JSXElement"]


def test_attribute_strings_have_no_escapes_and_keep_line_breaks() -> None:
    node = element('<div title="a\\nb\nc" />')
    assert node.attrs[0].value.value == "a\\nb\nc"


def test_tag_kinds() -> None:
    assert element("<my-widget />").tag == "my-widget"
    card = element('<Card title="t"><ui.Button /></Card>')
    assert card.is_component and isinstance(card.tag, A.Identifier) and card.tag.name == "Card"
    button = card.children[0]
    assert button.is_component and isinstance(button.tag, A.Member)
    assert isinstance(element("<>a<b /></>"), A.JSXFragment)
    frag = element("<Fragment>x</Fragment>")
    assert frag.is_component and frag.tag.name == "Fragment"


def test_components_resolve_to_bindings() -> None:
    node = element("<Card />")
    assert node.tag.binding >= 0
    parsed = parse("const e = <Missing />;", "t.tsx")
    assert [(d.code, d.message) for d in parsed.diagnostics] == [("ZT0301", "cannot find name 'Missing'")]


def test_nested_expressions_and_round_trip() -> None:
    node = element('<div>{n > 1 ? <b>x</b> : "y"}{items.map((i) => <li key={i}>{i}</li>)}</div>')
    assert unparse(node) == (
        '<div>{((n > 1) ? <b>x</b> : "y")}{items.map(((i) => <li key={i}>{i}</li>))}</div>'
    )


def test_jsx_in_jsx_files() -> None:
    assert isinstance(element("<div>x</div>", "t.jsx"), A.JSXElement)


ERRORS = [
    ("<div></span>", "expected '</div>' to close '<div>', found '</span>'", 2, 16, None),
    ("<br>x</br>", "void element <br> cannot have children", 2, 15, None),
    ('<div dangerouslySetInnerHTML={{ __html: "x" }}>c</div>',
     "an element cannot have both children and dangerouslySetInnerHTML", 2, 11, None),
    ('<div {...{ "a b": 1, ok: 2 }} />', "invalid attribute name 'a b'", 2, 22, None),
    ("<div>a > b</div>", "unexpected '>' in JSX text", 2, 18, 'write {">"} or &gt;'),
    ("<div>a } b</div>", "unexpected '}' in JSX text", 2, 18, 'write {"}"} or &rbrace;'),
    ("<div>", "expected '</div>' to close '<div>', found end of input", 2, 11, None),
]


@pytest.mark.parametrize(("src", "message", "line", "col", "help"), ERRORS)
def test_jsx_errors(src: str, message: str, line: int, col: int, help: str | None) -> None:
    parsed = parse(PRELUDE + f"const e = {src};", "t.tsx")
    assert [(d.code, d.message, d.span[:2], d.help) for d in parsed.diagnostics] == [
        ("ZT0106", message, (line, col), help)
    ]
