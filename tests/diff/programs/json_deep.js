// JSON at the nesting limit: 1000 levels parse, stringify back and print (depth-limited) with console.log
const text = '{"a":'.repeat(999) + "[1]" + "}".repeat(999);
const v = JSON.parse(text);
const back = JSON.stringify(v);
console.log(back.length, back === text, back.slice(0, 12), back.slice(-12));
console.log(v);
const arrays = JSON.parse("[".repeat(1000) + "]".repeat(1000));
console.log(JSON.stringify(arrays).length, arrays);
function build(n) {
  let node = { leaf: true };
  for (const i of Array.from({ length: n }, (_, k) => k)) {
    node = { depth: i, child: node };
  }
  return node;
}
const built = build(1500);
const s = JSON.stringify(built);
console.log(s.length, s.slice(0, 40));
console.log(JSON.parse(JSON.stringify(build(900))).depth);
