// object spread: own enumerable properties in property order, later keys win, integer keys first
const a = { z: 1, y: 2, 5: "five", 1: "one" };
const b = { y: "B", x: 3, 0: "zero" };
console.log({ ...a, ...b });
console.log({ ...b, ...a });
console.log({ first: 0, ...a, z: "last" }, { z: "first", ...a });
console.log({ ...undefined, ...{}, k: 1 });
console.log({ ..."hey" }, { ...["p", "q"], 1: "Q" });
console.log({ ...Object.fromEntries([["b", 2], ["a", 1]]) });
const nested = { inner: { n: 1 } };
const clone = { ...nested, inner: { ...nested.inner, m: 2 } };
console.log(nested, clone);
const withFn = { f: (x) => x + 1, ...{ g: (y) => y * 2 } };
console.log(withFn.f(1), withFn.g(2), Object.keys(withFn));
const keys = ["c", "a", "b"];
const built = keys.reduce((acc, k, i) => ({ ...acc, [k]: i }), {});
console.log(built, Object.keys(built));
const counts = {};
for (const w of "a b a c b a".split(" ")) {
  counts[w] = (counts[w] ?? 0) + 1;
}
console.log({ ...counts, total: Object.values(counts).reduce((s, n) => s + n, 0) });
const num = { ...5, ...true };
console.log(num);
