// object literals: shorthand, computed and quoted keys, repeated keys, methods, spread
const name = "zig";
const key = "dyn";
const o = {
  name,
  [key + "amic"]: 1,
  "content-type": "text/plain",
  3: "three",
  1: "one",
  b: 1,
  a: 2,
  b2: undefined,
  nested: { deep: { deeper: [1, 2, 3] } },
  greet(who) {
    return `hi ${who}`;
  },
};
console.log(o);
console.log(Object.keys(o));
console.log(o.greet("there"), o["content-type"], o[1], o["3"]);
const repeated = { x: 1, y: 2, x: 3 };
console.log(repeated, Object.keys(repeated));
const base = { a: 1, b: 2 };
const spread = { ...base, b: 20, c: 30, ...undefined, ...{ a: 10 } };
console.log(spread, base);
const computed = { [1 + 1]: "two", [`t${"x"}`]: true, [[1, 2]]: "array key" };
console.log(computed);
console.log({}, { "": "empty key" }, { "a b": 1, $x: 2, _y: 3, "1a": 4 });
