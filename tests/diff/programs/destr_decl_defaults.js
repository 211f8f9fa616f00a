// destructuring declarations: defaults apply only to undefined, are evaluated lazily and left to right
const log = [];
function dflt(name, value) {
  log.push(name);
  return value;
}
const { a = dflt("a", 1), b = dflt("b", 2), c = dflt("c", 3) } = { a: 0, b: undefined, c: false };
console.log(a, b, c, log.join(","));
const [p = dflt("p", "P"), q = dflt("q", p + "Q"), r = dflt("r", q + "R")] = [undefined, undefined, "given"];
console.log(p, q, r, log.join(","));
const { x = 1, y = x + 1, z = x + y } = {};
console.log(x, y, z);
const [m = "", n = 0, o = false] = ["", 0, false];
console.log(JSON.stringify([m, n, o]));
const { s: { t = "deep-default" } = {} } = {};
console.log(t);
const { u: { v = "inner" } = { v: "outer-default" } } = {};
console.log(v);
const [[w = "w"] = []] = [];
console.log(w);
const { len = "none", length: size = -1 } = "abc";
console.log(len, size);
let k1, k2;
({ k1 = "k1", k2 = k1 + "!" } = { k1: "set" });
console.log(k1, k2);
[k1 = "a", k2 = "b"] = [undefined];
console.log(k1, k2);
const { nan = "dflt" } = { nan: NaN };
console.log(nan);
