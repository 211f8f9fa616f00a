function classify(x) {
  switch (typeof x) {
    case "number":
    case "bigint":
      return "num";
    case "string":
      return "str";
    default:
      return "other";
  }
}
console.log(classify(1), classify("a"), classify(undefined));
function sw2(x) {
  switch (x) {
    case 1: return "one";
    default: case 2: return "two-or-default";
    case 3: return "three";
  }
}
console.log(sw2(1), sw2(2), sw2(3), sw2(4));
function hoisted() {
  return inner(2);
  function inner(v) { return v * 21; }
}
console.log(hoisted());
const counter = () => {
  let n = 0;
  const inc = () => { n += 1; return n; };
  inc(); inc();
  return inc();
};
console.log(counter());
function rest(a, ...others) { return [a, others.length, others]; }
console.log(rest(1), rest(1, 2, 3));
console.log(Math.max(1, 5, 3), Math.floor(2.7), Math.PI);
function find(pairs, key) {
  const seen = [];
  for (const [k, v] of pairs) {
    seen.push(() => k);
    if (k === key) {
      return v + "/" + seen.map((f) => f()).join(",");
    }
  }
  return "none";
}
console.log(find([["a", 1], ["b", 2], ["c", 3]], "b"), find([], "x"));
function nested() {
  const out = [];
  let count = 0;
  for (const i of [1, 2]) {
    for (const j of [10, 20]) {
      count += 1;
      out.push(() => i + j);
      if (i === 2 && j === 20) {
        return [count, out.map((f) => f())];
      }
    }
  }
  return "unreachable";
}
console.log(nested());
const top = [];
let acc = 0;
for (let i of [1, 2, 3]) {
  i *= 2;
  acc += i;
  top.push(() => i);
}
console.log(acc, top.map((f) => f()));
const spread = (...xs) => xs.length;
console.log(spread(...[1, 2], 3, ...[]), Math.max(...[4, 9, 2]));
const maybe = undefined;
console.log(maybe?.(1), maybe?.x.y.z(), ({ f: undefined }).f?.());
const o = { m(x) { return x * 2; }, ["comp" + "uted"]: 1, "q-r": 2, 1.5: 3 };
console.log(o.m(4), o, o.m.name, o.m.length);
function defaults(a, b = a + 1, { c = 3, d } = {}) { return [a, b, c, d]; }
console.log(defaults(1), defaults(1, 5, { d: 4 }), defaults.length, defaults.name);
const arrow = (x, y) => x;
console.log(arrow.name, arrow.length, String((a) => a + 1), `${(b) => b}`);
let chained;
chained = 1;
const assignExpr = (chained = 5) + 1;
console.log(assignExpr, chained);
const holes = [1, , 3];
console.log(holes.length, holes[1]);
const dup = { a: 1, b: 2, a: 3 };
console.log(dup);
function noReturn() {}
console.log(noReturn(), (() => {})(), ((a, b) => b)(1));
const make = (n) => () => n;
console.log(make(3)(), [1, 2, 3].map((v, i) => v * i));
function extra(a) { return a; }
console.log(extra(1, 2, 3), extra());
