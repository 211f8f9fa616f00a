// Object.keys / values / entries / fromEntries / hasOwn: integer keys first, then insertion order
const o = { b: 1, 10: "ten", a: 2, 2: "two", "01": "not index", "-1": "neg", 4294967294: "max index", 4294967295: "too big", 1.5: "float" };
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(Object.entries(o).slice(0, 4));
console.log(o);
console.log(Object.keys([7, 8, 9]), Object.keys("hey"), Object.values("hi"), Object.entries(["x"]));
const rebuilt = Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k.toUpperCase(), v * 10]));
console.log(rebuilt, Object.fromEntries([["a", 1], ["a", 2], [3, "three"]]));
console.log(Object.hasOwn(o, "b"), Object.hasOwn(o, "zzz"), Object.hasOwn(o, 10), Object.hasOwn([1], 0), Object.hasOwn([1], "length"));
const counts = {};
for (const w of "the quick the lazy the end quick".split(" ")) {
  counts[w] = (counts[w] ?? 0) + 1;
}
console.log(counts, Object.entries(counts).sort((x, y) => y[1] - x[1])[0]);
console.log(Object.keys({}), Object.entries({}), Object.fromEntries([]));
