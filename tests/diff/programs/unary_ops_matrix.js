// unary - + ~ ! and typeof over value kinds
const VALUES = [undefined, true, false, 0, -0, 1.5, -2, NaN, Infinity, "", " 7 ", "0x10", "x", [], [3], [1, 2], {}, "1e3"];
const fmt = (v) => (v === 0 && 1 / v < 0 ? "-0" : String(v));
for (const v of VALUES) {
  console.log(String(JSON.stringify(v)).padEnd(12), fmt(-v), fmt(+v), fmt(~v), typeof v, typeof -v, typeof `${v}`);
}
console.log(!true, !false, !!true, !(1 > 2));
