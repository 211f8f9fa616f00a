"""Every TypeError of SPEC §8.3/§8.4, with the location of the failing renderToString call."""

from __future__ import annotations

import json

import pytest
from zigttp.vm.jsx import create_element, render_to_string
from zigttp.vm.values import JSArray, JSError, JSObject

from tests.jsx.jsxrun import Runner

CASES = [
    ("<div>{() => 1}</div>", "functions are not valid JSX children"),
    ("Math.max", "functions are not valid JSX children"),
    ("<div>{{ a: 1 }}</div>", "objects are not valid JSX children"),
    ("<div>{Uint8Array.of(1)}</div>", "objects are not valid JSX children"),
    ('<div>{Response("x")}</div>', "objects are not valid JSX children"),
    ("<div>{range(3)}</div>", "objects are not valid JSX children"),
    ("<p>{[1, [{}]]}</p>", "objects are not valid JSX children"),
    ("<script>{{}}</script>", "<script> children must be strings"),
    ("<style><b /></style>", "<style> children must be strings"),
    ("<script>{[\"a\"]}</script>", "<script> children must be strings"),
    ("<script>{undefined}</script>", "<script> children must be strings"),
    ('<div {...{ dangerouslySetInnerHTML: { __html: "x" } }}>child</div>',
     "an element cannot have both children and dangerouslySetInnerHTML"),
    ("<div dangerouslySetInnerHTML={{ __html: 5 }} />", "dangerouslySetInnerHTML.__html must be a string"),
    ("<div dangerouslySetInnerHTML={{}} />", "dangerouslySetInnerHTML.__html must be a string"),
    ('<br {...{ dangerouslySetInnerHTML: { __html: "x" } }} />', "void element <br> cannot have children"),
    ("<X />", "X is not a function"),
    ("<div><ui.B /></div>", "ui.B is not a function"),
    ("<Missing />", "Missing is not a function"),
]


@pytest.mark.parametrize(("expr", "message"), CASES, ids=[m for _, m in CASES])
def test_render_type_errors(jsx: Runner, expr: str, message: str) -> None:
    source = f'const X = "s";\nconst ui = {{ B: 3 }};\nconst Missing = [1][3];\nconst x = {expr};\n' \
             "console.log(renderToString(x));\n"
    assert jsx.error(source, ".jsx") == f"page.jsx:5:13 TypeError: {message}"


UNSAFE_NAMES = ["a b", "", 'q"', "q'", "<x", "x>", "a/b", "a=b", "a\\b", "a\tb", "a\nb", "a\x01", "a\x7f", "a\x85",
                "a\xa0", "a\u2003"]


@pytest.mark.parametrize("name", UNSAFE_NAMES, ids=[repr(n) for n in UNSAFE_NAMES])
def test_unsafe_attribute_names(jsx: Runner, name: str) -> None:
    source = f"const a = {{}};\na[{json.dumps(name)}] = 1;\nconsole.log(renderToString(<div {{...a}} />));\n"
    assert jsx.error(source, ".jsx") == f"page.jsx:3:13 TypeError: invalid attribute name '{name}'"


def test_unsafe_name_of_a_skipped_attribute_is_still_an_error(jsx: Runner) -> None:
    source = 'const a = {};\na["on x"] = 1;\nconsole.log(renderToString(<div {...a} />));\n'
    assert jsx.error(source, ".jsx") == "page.jsx:3:13 TypeError: invalid attribute name 'on x'"


def test_component_errors_carry_the_component_location(jsx: Runner) -> None:
    source = "function Bad(p) {\n  return p.missing.x;\n}\nconsole.log(renderToString(<div><Bad /></div>));\n"
    assert jsx.error(source, ".jsx") == (
        "page.jsx:2:10 TypeError: Cannot read properties of undefined (reading 'x')")


def test_runaway_component_recursion(jsx: Runner) -> None:
    source = "function Loop(p) {\n  return <Loop />;\n}\nconsole.log(renderToString(<Loop />));\n"
    assert jsx.error(source, ".jsx").endswith("RangeError: Maximum call stack size exceeded")


def test_void_element_with_dynamic_children() -> None:
    """The parser rejects every child written inside a void element (ZT0106); the run-time check guards
    elements that reach the renderer with children anyway."""
    br = create_element("br", JSObject(), JSArray(["x"]), False)
    with pytest.raises(JSError, match=r"^TypeError: void element <br> cannot have children$"):
        render_to_string(br)
    assert render_to_string(create_element("br", JSObject(), JSArray([None]), False)) == "<br>"
