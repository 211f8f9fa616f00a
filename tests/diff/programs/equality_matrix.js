// === and !== across value kinds: identity for objects, NaN, signed zero, no coercion
const f = () => 1;
const o = {};
const a = [];
const VALUES = [undefined, true, false, 0, -0, 1, "1", NaN, "", "a", o, {}, a, [], f, () => 1, Infinity, -Infinity];
for (const x of VALUES) {
  console.log(VALUES.map((y) => (x === y ? "1" : "0")).join(""), VALUES.map((y) => (x !== y ? "1" : "0")).join(""));
}
console.log([NaN].includes(NaN), [0].includes(-0), [-0].indexOf(0), [o].includes({}), [o].indexOf(o));
