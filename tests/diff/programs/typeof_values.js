// typeof on every value kind, on undeclared names, in comparisons and in template strings
const fn = () => 1;
function decl() {
  return 2;
}
const values = [undefined, true, 0, -0, NaN, Infinity, "", "s", [], {}, fn, decl, Math, JSON, Math.max,
  [].map, "x".trim, Uint8Array.of(1), Uint8Array, String, Number, Boolean, Object, Array, parseInt, console.log];
console.log(values.map((v) => typeof v).join(" "));
console.log(typeof notDeclaredAnywhere, typeof globalThis, typeof globalThis.Math, typeof Date.now());
console.log(typeof typeof 1, typeof (1 + "1"), typeof (1 - "1"), typeof [1][5], typeof {}.x);
console.log(typeof performance.now(), typeof performance, typeof encodeURIComponent);
const kinds = {};
for (const v of values) {
  const k = typeof v;
  kinds[k] = (kinds[k] ?? 0) + 1;
}
console.log(kinds);
