// a tiny mustache-like template engine: {{name}}, {{#each list}}...{{/each}}, escaping, nested paths
function lookup(ctx, path) {
  return path.split(".").reduce((v, k) => (v === undefined ? undefined : v[k]), ctx);
}
function escape(s) {
  return String(s).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
function render(tpl, ctx) {
  const start = tpl.indexOf("{{#each ");
  if (start >= 0) {
    const close = tpl.indexOf("}}", start);
    const name = tpl.slice(start + 8, close);
    const endTag = "{{/each}}";
    const end = tpl.indexOf(endTag, close);
    const body = tpl.slice(close + 2, end);
    const items = lookup(ctx, name) ?? [];
    const inner = items.map((item, i) => render(body, { ...ctx, this: item, index: i })).join("");
    return render(tpl.slice(0, start), ctx) + inner + render(tpl.slice(end + endTag.length), ctx);
  }
  return tpl.split("{{").map((part, i) => {
    if (i === 0) {
      return part;
    }
    const close = part.indexOf("}}");
    const value = lookup(ctx, part.slice(0, close).trim());
    return (value === undefined ? "" : escape(value)) + part.slice(close + 2);
  }).join("");
}
const tpl = "<h1>{{title}}</h1><ul>{{#each items}}<li>{{index}}: {{this.name}} ({{this.qty}})</li>{{/each}}</ul>{{footer.text}}";
console.log(render(tpl, { title: "Tom & <Jerry>", items: [{ name: "a\"b", qty: 2 }, { name: "c", qty: 0 }], footer: { text: "bye" } }));
console.log(render("{{missing}}|{{a.b.c}}|{{n}}", { a: { b: {} }, n: 0 }), render("plain", {}), render("{{#each xs}}{{this}},{{/each}}", { xs: [1, 2, 3] }));
