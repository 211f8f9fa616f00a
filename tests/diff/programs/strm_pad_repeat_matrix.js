// padStart / padEnd with every kind of length and filler, repeat with valid counts
const ARGS = [undefined, NaN, -Infinity, -10, -3, -1, -0.5, -0, 0, 0.5, 1, 2.7, 3, 10, Infinity, "2", "x", true, [1]];
const show = (v) => (typeof v === "string" ? JSON.stringify(v) : String(v));
for (const a of ARGS.filter((x) => x !== Infinity)) {
  console.log(show(a).padEnd(10), JSON.stringify(["ab".padStart(a), "ab".padEnd(a, "xy"), "ab".padStart(a, ""), "ab".padEnd(a, undefined)]));
}
for (const f of [undefined, "", "-", "123", 0, true, "😀"]) {
  console.log(show(f), JSON.stringify(["x".padStart(5, f), "x".padEnd(6, f)]));
}
console.log([0, 1, 2.9, "3", true, NaN, undefined, -0].map((n) => "ab".repeat(n)).join("|"));
