"""Golden tests for ``renderToString`` (SPEC §8.2, §8.4, §8.5): TSX source through the real pipeline, the
rendered strings compared with the HTML the spec prescribes."""

from __future__ import annotations

from tests.jsx.jsxrun import Runner, render_cases


def test_escaping_in_text_and_attributes(jsx: Runner) -> None:
    render_cases(jsx, [
        ("""<p>{"a & b < c > d \\" e ' f"}</p>""", "<p>a &amp; b &lt; c &gt; d &quot; e &#x27; f</p>"),
        # references in JSX text are decoded, then the text is escaped again; unknown ones stay as written
        ("<p>Tom &amp; Jerry &lt;3 &quot;x&quot; &#39;y&#39; &#x41;&#66;&nbsp;&unknown; 😀</p>",
         "<p>Tom &amp; Jerry &lt;3 &quot;x&quot; &#x27;y&#x27; AB\u00a0&amp;unknown; 😀</p>"),
        ("""<a title="a &amp; b" href={"/x?a=1&b=<2>"} data-q='say "hi"'>x</a>""",
         '<a title="a &amp; b" href="/x?a=1&amp;b=&lt;2&gt;" data-q="say &quot;hi&quot;">x</a>'),
        ("""<p title={"it's"}>{"&amp;"}</p>""", '<p title="it&#x27;s">&amp;amp;</p>'),
        ("""<p data-x="line one
line two">x</p>""", '<p data-x="line one\nline two">x</p>'),
    ])


def test_void_elements(jsx: Runner) -> None:
    render_cases(jsx, [
        ("<div><area /><base /><br /><col /><embed /><hr /><img src=\"a.png\" alt=\"\" /><input /><link />"
         "<meta /><param /><source /><track /><wbr /></div>",
         '<div><area><base><br><col><embed><hr><img src="a.png" alt=""><input><link><meta><param><source>'
         "<track><wbr></div>"),
        ('<input type="checkbox" checked />', '<input type="checkbox" checked>'),
        ("<br></br>", "<br>"),
        # not void: always a closing tag
        ("<div><div /><my-widget /><span></span><p></p></div>",
         "<div><div></div><my-widget></my-widget><span></span><p></p></div>"),
    ])


def test_whitespace_table_of_section_8_2(jsx: Runner) -> None:
    render_cases(jsx, [
        ("<p>Count: {n}</p>", "<p>Count: 3</p>"),
        ("<p>  a  </p>", "<p>  a  </p>"),
        ("<p>\n  Hello\n  world\n</p>", "<p>Hello world</p>"),
        ("<div><b>a</b> <i>b</i></div>", "<div><b>a</b> <i>b</i></div>"),
        ("<div>\n  <b>a</b>\n</div>", "<div><b>a</b></div>"),
        ("<p>Tom &amp; Jerry</p>", "<p>Tom &amp; Jerry</p>"),
        ('<p>\n  <b>a</b>{" "}\n  <i>b</i>\n</p>', "<p><b>a</b> <i>b</i></p>"),
        ("<p>\n  a   b\t\n\n   c  \n</p>", "<p>a   b c</p>"),
        ("<ul>\n  {...items}\n</ul>", "<ul>xy</ul>"),
    ], prelude='const n = 3;\nconst items = ["x", "y"];')


def test_boolean_and_valued_attributes(jsx: Runner) -> None:
    render_cases(jsx, [
        ("<input checked disabled={false} readOnly={true} value={undefined} />", "<input checked readOnly>"),
        # htmx's string-valued flags are written as strings (§8.5)
        ('<div hx-boost="true" aria-expanded="false" />', '<div hx-boost="true" aria-expanded="false"></div>'),
        ("<div n={1.5} big={1e21} z={0} neg={-0} nan={NaN} />",
         '<div n="1.5" big="1e+21" z="0" neg="0" nan="NaN"></div>'),
        ('<div o={{ a: 1 }} arr={["a", "b"]} el={<b />} t={Uint8Array.of(1, 2)} />',
         '<div o="[object Object]" arr="a,b" el="[object Object]" t="1,2"></div>'),
        ('<label className="c" htmlFor="f">x</label>', '<label class="c" for="f">x</label>'),
        ('<li key="k" ref="r">x</li>', "<li>x</li>"),
    ])


def test_event_handlers_are_never_written(jsx: Runner) -> None:
    render_cases(jsx, [
        ('<button onclick="evil()" onClick={() => 1} ONLOAD="x" one="1" type="button">go</button>',
         '<button type="button">go</button>'),
    ])


def test_htmx_attributes_pass_through(jsx: Runner) -> None:
    render_cases(jsx, [
        ("""<button hx-post="/x" hx-target="#t" hx-swap="outerHTML" hx-on--after-request="a()" """
         """hx-on:click="b()" hx-vals='{"a": 1}' xlink:href="#i">go</button>""",
         '<button hx-post="/x" hx-target="#t" hx-swap="outerHTML" hx-on--after-request="a()" hx-on:click="b()" '
         'hx-vals="{&quot;a&quot;: 1}" xlink:href="#i">go</button>'),
    ])


def test_spread_attributes_and_duplicates(jsx: Runner) -> None:
    render_cases(jsx, [
        ('<div {...extra} hidden />', '<div data-id="7" aria-label="L" hidden></div>'),
        # later values win, at the first occurrence's position
        ('<div {...{ id: "a", className: "c" }} id="b" />', '<div id="b" class="c"></div>'),
        ('<div id="a" {...{ title: "t", id: "z" }} />', '<div id="z" title="t"></div>'),
        # duplicates after renaming className/htmlFor
        ('<label htmlFor="a" {...{ for: "b" }} />', '<label for="b"></label>'),
        ('<div class="a" title="t" className="b" />', '<div class="b" title="t"></div>'),
        ('<div class="a" className={undefined} title="t" />', '<div title="t"></div>'),
        ('<div {...{ hidden: true }} {...{ hidden: false }} />', "<div></div>"),
    ], prelude='const extra = { "data-id": 7, "aria-label": "L" };')


def test_style_objects(jsx: Runner) -> None:
    render_cases(jsx, [
        ('<p style={{ color: "red", fontSize: 12, lineHeight: 1.5, marginTop: 0 }}>x</p>',
         '<p style="color:red;font-size:12px;line-height:1.5;margin-top:0">x</p>'),
        ('<p style={{ WebkitTransition: "all 1s", msTransform: "none", MozBoxSizing: "border-box" }} />',
         '<p style="-webkit-transition:all 1s;-ms-transform:none;-moz-box-sizing:border-box"></p>'),
        ('<p style={{ "--main-color": "#fff", "--gap": 4, "--camelCase": 1 }} />',
         '<p style="--main-color:#fff;--gap:4;--camelCase:1"></p>'),
        ("<p style={{ opacity: 0.5, zIndex: 2, flex: 1, flexGrow: 2, fontWeight: 700, order: 3, "
         "strokeWidth: 2, gridColumn: 1, width: 10, marginRight: 1.5, paddingLeft: -0, top: -3 }} />",
         '<p style="opacity:0.5;z-index:2;flex:1;flex-grow:2;font-weight:700;order:3;stroke-width:2;grid-column:1;'
         'width:10px;margin-right:1.5px;padding-left:0;top:-3px"></p>'),
        ('<p style={{ width: undefined, height: "", top: true, left: false, color: "blue" }} />',
         '<p style="color:blue"></p>'),
        ("""<p style={{ fontFamily: '"Helvetica" & <x>' }} />""",
         '<p style="font-family:&quot;Helvetica&quot; &amp; &lt;x&gt;"></p>'),
        ("<p style={{}} />", '<p style=""></p>'),
        ('<p style="color: red" />', '<p style="color: red"></p>'),
    ])


def test_script_and_style_children_are_raw(jsx: Runner) -> None:
    render_cases(jsx, [
        ("""<script>{"if (a < b && c) { x = '</script>'; y = '</SCRIPT >' }"}</script>""",
         "<script>if (a < b && c) { x = '<\\/script>'; y = '<\\/SCRIPT >' }</script>"),
        ('<style>{"a > b { color: red } </style><b>"}</style>', "<style>a > b { color: red } <\\/style><b></style>"),
        ('<style>{"</script>"}</style>', "<style></script></style>"),
        ("<script>{1}{2.5}</script>", "<script>12.5</script>"),
        # the rule applies to the concatenated text
        ('<script>{"</scr"}{"ipt>"}</script>', "<script><\\/script></script>"),
        ('<script src="x.js"></script>', '<script src="x.js"></script>'),
        ("<script>{...lines}</script>", "<script>a<b</script>"),
    ], prelude='const lines = ["a", "<b"];')


def test_dangerously_set_inner_html(jsx: Runner) -> None:
    render_cases(jsx, [
        ('<div dangerouslySetInnerHTML={{ __html: "<b>raw</b> & more" }} />', "<div><b>raw</b> & more</div>"),
        ('<div id="x" dangerouslySetInnerHTML={{ __html: "" }}></div>', '<div id="x"></div>'),
        ('<script dangerouslySetInnerHTML={{ __html: "</script>" }} />', "<script></script></script>"),
    ])


def test_doctype_rule(jsx: Runner) -> None:
    render_cases(jsx, [
        ("<html><body>hi</body></html>", "<!DOCTYPE html><html><body>hi</body></html>"),
        ("<html />, { doctype: false }", "<html></html>"),
        ("<html />, { doctype: true }", "<!DOCTYPE html><html></html>"),
        ("<html />, {}", "<!DOCTYPE html><html></html>"),
        ("<Doc />", '<!DOCTYPE html><html lang="en"></html>'),
        ("<Wrap />", '<!DOCTYPE html><html lang="en"></html>'),
        ("<Doc />, { doctype: false }", '<html lang="en"></html>'),
        ("<><html /></>", "<html></html>"),
        ("<Fragment><html /></Fragment>", "<html></html>"),
        ("[<html />]", "<html></html>"),
        ("<div><html /></div>", "<div><html></html></div>"),
        ("<body />", "<body></body>"),
    ], prelude=(
        'function Doc(): JSX.Element { return <html lang="en"></html>; }\n'
        "function Wrap(): JSX.Element { return <Doc />; }"
    ))


def test_root_component_is_called_once(jsx: Runner) -> None:
    out = jsx.out('function Doc(): JSX.Element { console.log("Doc called"); return <html></html>; }\n'
                  "console.log(renderToString(<Doc />));\n")
    assert out == "Doc called\n<!DOCTYPE html><html></html>\n"


def test_value_table(jsx: Runner) -> None:
    render_cases(jsx, [
        ("", ""),
        ("undefined", ""),
        ("true", ""),
        ("false", ""),
        ('"a<b"', "a&lt;b"),
        ("42", "42"),
        ("1.5", "1.5"),
        ("1e21", "1e+21"),
        ("-0", "0"),
        ("0.1 + 0.2", "0.30000000000000004"),
        ("NaN", "NaN"),
        ('[1, [2, [3, "<"]], [], undefined, true]', "123&lt;"),
        ("<p>{true}{false}{undefined}{0}{\"\"}</p>", "<p>0</p>"),
        ("<p>{[1, [2, <b>3</b>]]}</p>", "<p>12<b>3</b></p>"),
    ])


def test_fragments(jsx: Runner) -> None:
    render_cases(jsx, [
        ("<><b>a</b>text<i>b</i></>", "<b>a</b>text<i>b</i>"),
        ("<Fragment><p>x</p><Fragment>y</Fragment></Fragment>", "<p>x</p>y"),
        ('<ul>{items.map((s) => <Fragment key={s}><li>{s}</li><hr /></Fragment>)}</ul>',
         "<ul><li>a</li><hr><li>b</li><hr></ul>"),
        ('Fragment({ children: ["a", <b>x</b>] })', "a<b>x</b>"),
        ('Fragment({ children: "only" })', "only"),
        ("Fragment({})", ""),
        ("<></>", ""),
    ], prelude='const items = ["a", "b"];')
