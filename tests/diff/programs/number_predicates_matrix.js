// Number.isX (no coercion) against isNaN / isFinite (with coercion) over value kinds
const VALUES = [undefined, true, 0, -0, 5, 5.5, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 - 1, "5", "", "x", [], [5], {}];
for (const v of VALUES) {
  console.log(String(JSON.stringify(v)).padEnd(18), [Number.isNaN(v), Number.isFinite(v), Number.isInteger(v), Number.isSafeInteger(v),
    isNaN(v), isFinite(v)].map((b) => (b ? 1 : 0)).join(""));
}
