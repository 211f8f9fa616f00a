// flat with every kind of depth, join with every kind of separator
const ARGS = [undefined, NaN, -Infinity, -10, -3, -1, -0.5, -0, 0, 0.5, 1, 2.7, 3, 10, Infinity, "2", "x", true, [1]];
const show = (v) => (typeof v === "string" ? JSON.stringify(v) : String(v));
const nested = [1, [2, [3, [4, [5]]]]];
for (const a of ARGS) {
  console.log(show(a).padEnd(10), JSON.stringify(nested.flat(a)), [1, [2, 3], undefined, "x"].join(a));
}
