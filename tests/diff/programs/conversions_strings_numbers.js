// String(), Number() and Boolean() across values, and implicit conversions in templates and comparisons
const values = [undefined, true, false, 0, -0, 1.5, -1e21, NaN, Infinity, "", " ", "0", "12px", "0x1A", [], [0], [1, 2],
  [[3]], {}, { a: 1 }, "\t42\n", "1e3", "-", Uint8Array.of(7)];
for (const v of values) {
  console.log(JSON.stringify(String(v)), Number(v), Boolean(v), `${v}`.length, typeof String(v));
}
console.log(String(String), String(Math.max), String(Uint8Array), String([].map), String(JSON.parse));
console.log(1 + [2], [1] * [2], "3" * [4], [5] - "1", "b" + [undefined, undefined], +[], +[[]], +[""], +["1"]);
