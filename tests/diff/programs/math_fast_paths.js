// Math functions on seeded random doubles, halves and boundaries (floor/ceil/trunc/round/abs/sqrt/min/max/pow)
const state = { seed: 12345 };
function rnd() {
  state.seed = (Math.imul(state.seed, 1103515245) + 12345) >>> 0;
  return state.seed / 4294967296;
}
const values = [0, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 4503599627370495.5,
  -4503599627370495.5, 4503599627370496, 9007199254740993, -1e-300, 1e-300, 1e308, -1e308, NaN, Infinity, -Infinity];
for (const _ of Array.from({ length: 60 }, (x, i) => i)) {
  const magnitude = 10 ** Math.floor(rnd() * 30 - 10);
  values.push((rnd() - 0.5) * magnitude);
}
const fns = [Math.floor, Math.ceil, Math.trunc, Math.round, Math.abs, Math.sqrt, Math.sign];
for (const v of values) {
  console.log(String(v).padEnd(24), fns.map((f) => f(v)).map((r) => ((r === 0 && 1 / r < 0) ? "-0" : String(r))).join(" "));
}
const pairs = [[1, 2], [2, 1], [-0, 0], [0, -0], [NaN, 1], [1, NaN], [-1, -1], [Infinity, 1e308], [-0, -0], [3, "4"]];
console.log(pairs.map(([a, b]) => [Math.max(a, b), Math.min(a, b)]).flat().map((r) => ((r === 0 && 1 / r < 0) ? "-0" : r)).join(" "));
const bases = [2, -2, 3, -3, 10, -10, 7, 1, -1, 0, -0, 0.5, 1e15, 123456789, 2 ** 26];
const exps = [0, 1, 2, 3, 10, 15, 16, 22, 23, 52, 53, 63, 64, 65, -1, 0.5];
for (const b of bases) {
  console.log(b, exps.map((e) => Math.pow(b, e)).map((r) => ((r === 0 && 1 / r < 0) ? "-0" : String(r))).join(" "));
  console.log(b, exps.map((e) => b ** e).join(" ") === exps.map((e) => Math.pow(b, e)).join(" "));
}
