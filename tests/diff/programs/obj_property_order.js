// property order: array-index keys (0 .. 2^32-2) first in numeric order, then other keys in insertion order
const o = { b: 1, 10: "ten", 2: "two", a: 2, "1.5": "frac", "-1": "neg", "01": "lead", 4294967294: "maxidx", 4294967295: "notidx", 0: "zero", "": "empty" };
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(Object.entries(o).map(([k, v]) => `${k}=${v}`).join(" "));
console.log(o, JSON.stringify(o));
const added = { z: 1 };
added[5] = "five";
added.y = 2;
added["3"] = "three";
added[1e21] = "huge";
added[-0] = "negzero";
added[1.0] = "one";
console.log(Object.keys(added), { ...added });
for (const [k, v] of Object.entries(added)) {
  console.log(typeof k, k, v);
}
console.log(Object.keys("abc"), Object.values("héllo"), Object.entries([7, 8]), Object.keys([]), Object.entries("😀"));
console.log(Object.fromEntries([["b", 1], ["a", 2], [3, "x"], [undefined, "u"], [true, "t"]]));
console.log(Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k.toUpperCase(), v * 10])));
console.log(Object.hasOwn(o, "b"), Object.hasOwn(o, 10), Object.hasOwn(o, "toString"), Object.hasOwn([1], 0), Object.hasOwn([1], "length"), Object.hasOwn("ab", 1));
const redefined = { a: 1, b: 2, c: 3 };
redefined.a = "again";
console.log(Object.keys(redefined), { c: 0, ...redefined, a: "last" });
