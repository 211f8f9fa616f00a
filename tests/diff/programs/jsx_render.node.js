// Node twin of jsx_render.jsx: the output SPEC §8 prescribes, written out by hand
console.log('<ul id="list" data-n="2" open><li class="one">a&lt;b: 1</li><li class="many">c &amp; d: 3</li><li title="quote &quot; &#x27;">&lt;script&gt;</li></ul>');
console.log('<p style="color:red;font-size:12px;line-height:1.5;margin-top:0">x</p><br><input type="checkbox" checked>');
console.log("<!DOCTYPE html><html><body>hi</body></html>");
console.log("<script>if (a < b) { x = '<\\/script>' }</script>");
console.log("<p>Hello world &amp; friends</p>", "", "12&lt;3");
console.log("[JSX.Element <ul>]", "object", "{}");
