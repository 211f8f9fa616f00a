"""Element values (SPEC §8.3, §10.2): opaque, immutable objects that only renderToString interprets."""

from __future__ import annotations

from zigttp.vm import respond
from zigttp.vm.http_values import Request
from zigttp.vm.image import load_program, read_image

from tests.jsx.jsxrun import Runner


def test_elements_are_opaque_objects(jsx: Runner) -> None:
    out = jsx.out("""
const e = <div id="x">t</div>;
console.log(typeof e, e.id, e.props, e.type, e.children, e["key"]);
console.log(JSON.stringify(e), JSON.stringify({ e, list: [e] }), String(e), `${e}`);
console.log(Object.keys(e), Object.entries(e), "id" in e, Object.hasOwn(e, "id"), e === e, <b /> === <b />);
""", ".jsx")
    assert out.splitlines() == [
        "object undefined undefined undefined undefined undefined",
        '{} {"e":{},"list":[{}]} [object Object] [object Object]',
        "[] [] false false true false",
    ]


def test_console_shows_the_tag_or_the_component(jsx: Runner) -> None:
    out = jsx.out("""
function Card(p) { return <div />; }
const ui = { Button: (p) => <button /> };
console.log(<div />, <my-el />, <svg:rect />, <Card />, <ui.Button />, <></>);
console.log([<Fragment />], { el: <br /> });
console.log(renderToString, Fragment, typeof renderToString, typeof Fragment);
""", ".jsx")
    assert out.splitlines() == [
        "[JSX.Element <div>] [JSX.Element <my-el>] [JSX.Element <svg:rect>] [JSX.Element Card] "
        "[JSX.Element Button] [JSX.Element Fragment]",
        "[ [JSX.Element Fragment] ] { el: [JSX.Element <br>] }",
        "[Function: renderToString] [Function: Fragment] function function",
    ]


def test_a_non_function_component_is_named_by_its_source(jsx: Runner) -> None:
    out = jsx.out('const X = "s";\nconst ui = { B: 3 };\nconsole.log(<X />, <ui.B />);\n', ".jsx")
    assert out == "[JSX.Element X] [JSX.Element ui.B]\n"


def test_elements_are_immutable(jsx: Runner) -> None:
    assert jsx.error("export const e = <div />;\nfunction f(el) { el.x = 1; }\nf(e);\n", ".jsx") == (
        "page.jsx:2:18 TypeError: Cannot set property 'x' on a JSX element")


def test_handler_returning_an_element_is_a_500(jsx: Runner) -> None:
    artifact, _ = jsx.build("export function handler(req) {\n  return <p>hi</p>;\n}\n", ".jsx", script=False)
    program = load_program(jsx.store, read_image(jsx.store, artifact, verify=False))
    outcome = respond.handle(program.handler, Request.from_wire("GET", "/", [], None))
    assert (outcome.status, outcome.body) == (500, b"Internal Server Error")
    assert outcome.error == "handler returned JSX element, expected a Response"


def test_handler_rendering_a_page(jsx: Runner) -> None:
    artifact, _ = jsx.build("""
function Row(p: { name: string; n: number }): JSX.Element {
  return <tr><td>{p.name}</td><td>{p.n}</td></tr>;
}
export function handler(req: Request): Response {
  const rows = Object.entries(req.query).map(([k, v]) => <Row name={k} n={(v ?? "").length} />);
  return Response.html(renderToString(<table>{rows}</table>));
}
""", script=False)
    program = load_program(jsx.store, read_image(jsx.store, artifact, verify=False))
    outcome = respond.handle(program.handler, Request.from_wire("GET", "/?a=xyz&%3Cb%3E=1", [], None))
    assert outcome.status == 200 and outcome.header("content-type") == "text/html; charset=utf-8"
    assert outcome.body == b"<table><tr><td>a</td><td>3</td></tr><tr><td>&lt;b&gt;</td><td>1</td></tr></table>"
