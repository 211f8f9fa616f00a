// destructuring in for-of heads: arrays of pairs, objects, defaults, rest, nested, let bindings reassigned
const pairs = [["a", 1], ["b", 2], ["c"]];
for (const [k, v = 0] of pairs) {
  console.log(k, v);
}
const people = [{ name: "Ann", age: 30 }, { name: "Bob" }, { name: "Cy", age: 0, extra: true }];
for (const { name, age = -1, ...rest } of people) {
  console.log(name, age, rest);
}
for (let [x, y] of [[1, 2], [3, 4]]) {
  x *= 10;
  y += x;
  console.log(x, y);
}
const fns = [];
for (const [i, label] of ["zero", "one", "two"].map((s, i) => [i, s])) {
  fns.push(() => `${i}=${label}`);
}
console.log(fns.map((f) => f()));
for (const [first, ...others] of ["abc", "de", "f"]) {
  console.log(first, others);
}
const nested = [{ pos: [1, 2], meta: { tag: "p" } }, { pos: [3, 4], meta: {} }];
for (const { pos: [px, py], meta: { tag = "none" } } of nested) {
  console.log(px + py, tag);
}
const totals = {};
for (const [key, value] of Object.entries({ b: 2, a: 1, 1: "one" })) {
  totals[key] = `${value}`.repeat(2);
}
console.log(totals);
for (const [ch] of ["😀x", "ab"]) {
  console.log(ch, ch.length);
}
