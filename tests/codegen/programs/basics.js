let total = 0;
for (const x of [1, 2, 3]) {
  total += x;
}
console.log(total);
const fs = [];
for (const i of range(3)) {
  fs.push(() => i * 10);
}
console.log(fs.map((f) => f()));
function fact(n) {
  if (n <= 1) {
    return 1;
  }
  return n * fact(n - 1);
}
console.log(fact(10), fact(20), fact(25));
const o = { a: 1, b: "x", c: [1, 2, { d: 3 }], 2: "two", 1: "one" };
console.log(o, Object.keys(o));
const { a, b: bee, c: [, second, { d }], ...rest } = o;
console.log(a, bee, second, d, rest);
const [p, q = 5, ...others] = [1, undefined, 3, 4];
console.log(p, q, others);
console.log(`t ${a} ${bee} ${[1, 2]} ${{}} ${undefined} ${true} ${-0} ${1e21}`);
console.log(typeof 1, typeof "s", typeof undefined, typeof {}, typeof [], typeof fact, typeof true, typeof Math);
console.log("b" in o, "z" in o, 0 in [1], "length" in []);
console.log(o.zz?.y, o.c?.[2].d, o.a?.toString());
const s = "héllo 😀";
for (const ch of s) {
  console.log(ch, ch.length);
}
console.log(s.length, s.slice(0, 2), [...s].length);
