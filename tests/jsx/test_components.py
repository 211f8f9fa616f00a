"""Components (SPEC §8.3): the props they receive, when and in which order they are called."""

from __future__ import annotations

from tests.jsx.jsxrun import Runner, render_cases

SHOW = "function Show(props) { console.log(props); return undefined; }\n"


def test_props_attributes_spreads_children(jsx: Runner) -> None:
    out = jsx.out(SHOW + """
renderToString(<Show a="1" {...{ b: 2, a: 3 }} c={4} key="k" ref="r" />);
renderToString(<Show flag on-x={"y"} />);
renderToString(<Show />);
renderToString(<Show>x</Show>);
renderToString(<Show><b /></Show>);
renderToString(<Show>x<b />{1}</Show>);
renderToString(<Show children="attr" />);
renderToString(<Show children="attr">over</Show>);
const items = ["p", "q"];
renderToString(<Show>{...items}</Show>);
renderToString(<Show>{...["only"]}</Show>);
renderToString(<Show>{...[]}</Show>);
renderToString(<Show>{undefined}</Show>);
""", ".jsx")
    assert out.splitlines() == [
        "{ a: 3, b: 2, c: 4 }",
        "{ flag: true, 'on-x': 'y' }",
        "{}",
        "{ children: 'x' }",
        "{ children: [JSX.Element <b>] }",
        "{ children: [ 'x', [JSX.Element <b>], 1 ] }",
        "{ children: 'attr' }",
        "{ children: 'over' }",
        "{ children: [ 'p', 'q' ] }",
        "{ children: 'only' }",
        "{}",
        "{ children: undefined }",
    ]


def test_components_are_called_while_rendering_depth_first_in_document_order(jsx: Runner) -> None:
    out = jsx.out("""
function A(p: { children?: JSX.Element | JSX.Element[] }): JSX.Element {
  console.log("A");
  return <div>{p.children}</div>;
}
function B(p: { n: number }): JSX.Element {
  console.log(`B ${p.n}`);
  return <span>{p.n}</span>;
}
const el = <A><B n={1} /><A><B n={2} /></A><B n={3} /></A>;
console.log("created");
console.log(renderToString(el));
console.log(renderToString(<section>{el}</section>) === `<section>${renderToString(el)}</section>`);
""")
    lines = out.splitlines()
    assert lines[:7] == ["created", "A", "B 1", "A", "B 2", "B 3",
                         "<div><span>1</span><div><span>2</span></div><span>3</span></div>"]
    assert lines[-1] == "true"


def test_each_call_gets_a_new_props_object(jsx: Runner) -> None:
    out = jsx.out("""
function Mut(p) { p.x = (p.x ?? 0) + 1; p.children = "changed " + p.x; return <i>{p.children}</i>; }
const m = <Mut>orig</Mut>;
console.log(renderToString(m), renderToString(m));
""", ".jsx")
    assert out == "<i>changed 1</i> <i>changed 1</i>\n"


def test_nested_components_and_member_tags(jsx: Runner) -> None:
    render_cases(jsx, [
        ('<Layout title="T"><ul><Item label="a" /><Item label="b" /></ul></Layout>',
         "<main><h1>T</h1><ul><li>a</li><li>b</li></ul></main>"),
        ('<Layout title="&lt;T&gt;">text</Layout>', "<main><h1>&lt;T&gt;</h1>text</main>"),
        ('<ui.Button label="ok" />', "<button>ok</button>"),
        ('<List items={["x", "y"]} />', "<ul><li>x</li><li>y</li></ul>"),
        ("<Text />", "a &amp; b"),
        ("<Nothing />", ""),
        ("<Many />", "1<b>2</b>3"),
    ], prelude="""
type LayoutProps = { title: string; children?: JSX.Element | string };
function Layout(props: LayoutProps): JSX.Element {
  return <main><h1>{props.title}</h1>{props.children}</main>;
}
function Item(props: { label: string }): JSX.Element {
  return <li>{props.label}</li>;
}
function List(props: { items: string[] }): JSX.Element {
  return <ul>{props.items.map((s) => <Item label={s} />)}</ul>;
}
const ui = { Button: (p: { label: string }): JSX.Element => <button>{p.label}</button> };
function Text(): string { return "a & b"; }
function Nothing(): undefined { return undefined; }
function Many(): unknown[] { return [1, <b>2</b>, "3"]; }
""")


def test_recursive_component(jsx: Runner) -> None:
    render_cases(jsx, [("<Tree depth={3} />", "<ul><li>3<ul><li>2<ul><li>1</li></ul></li></ul></li></ul>")],
                 prelude="""
function Tree(p: { depth: number }): JSX.Element {
  if (p.depth === 1) {
    return <ul><li>1</li></ul>;
  }
  return <ul><li>{p.depth}<Tree depth={p.depth - 1} /></li></ul>;
}
""")
