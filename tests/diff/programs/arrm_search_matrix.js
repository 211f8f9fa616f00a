// indexOf / lastIndexOf / includes / at / with fromIndex and index arguments of every kind
const ARGS = [undefined, NaN, -Infinity, -10, -3, -1, -0.5, -0, 0, 0.5, 1, 2.7, 3, 10, Infinity, "2", "x", true, [1]];
const show = (v) => (typeof v === "string" ? JSON.stringify(v) : String(v));
const arr = [1, 2, 1, 2, 1, NaN];
for (const a of ARGS) {
  console.log(show(a).padEnd(10), [arr.indexOf(1, a), arr.lastIndexOf(1, a), arr.includes(2, a), arr.includes(NaN, a),
    arr.at(a), arr.indexOf(NaN, a)].map(show).join(" "));
}
for (const a of ARGS.filter((x) => typeof x === "number" && x >= -6 && x < 6)) {
  console.log(show(a), JSON.stringify(arr.with(a, "w")));
}
