// JSX rendered with renderToString: escaping, attributes, components, fragments, void elements, doctype
function Item({ name, count }) {
  return <li className={count > 1 ? "many" : "one"}>{name}: {count}</li>;
}
const items = [{ name: "a<b", count: 1 }, { name: "c & d", count: 3 }];
const page = (
  <ul id="list" data-n={items.length} hidden={false} open>
    {items.map((it) => <Item name={it.name} count={it.count} />)}
    <li title={"quote \" '"}>{"<script>"}</li>
  </ul>
);
console.log(renderToString(page));
console.log(renderToString(<><p style={{ color: "red", fontSize: 12, lineHeight: 1.5, marginTop: 0 }}>x</p><br /><input type="checkbox" checked /></>));
console.log(renderToString(<html><body>hi</body></html>));
console.log(renderToString(<script>{"if (a < b) { x = '</script>' }"}</script>));
console.log(renderToString(<p>
  Hello
  world &amp; friends
</p>), renderToString(), renderToString([1, [2, "<3"]]));
console.log(page, typeof page, JSON.stringify(page));
