// descriptive statistics: mean, median, mode, variance, percentiles and a text histogram
const data = [2, 4, 4, 4, 5, 5, 7, 9, 10.5, -1, 0, 3.25, 4, 8, 8];
const sorted = data.toSorted((a, b) => a - b);
const mean = data.reduce((a, b) => a + b, 0) / data.length;
const median = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
const counts = data.reduce((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {});
const mode = Object.entries(counts).reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
const variance = data.reduce((s, x) => s + (x - mean) ** 2, 0) / (data.length - 1);
const pct = (p) => {
  const k = (sorted.length - 1) * p;
  const lo = Math.floor(k);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (k - lo);
};
console.log({ n: data.length, mean, median, mode, variance, sd: Math.sqrt(variance) });
console.log([0, 0.1, 0.25, 0.5, 0.75, 0.9, 1].map((p) => pct(p).toFixed(3)).join(" "));
for (const [lo, hi] of [[-2, 2], [2, 5], [5, 8], [8, 11]]) {
  const n = data.filter((x) => x >= lo && x < hi).length;
  console.log(`[${String(lo).padStart(2)}, ${String(hi).padStart(2)}) ${"#".repeat(n).padEnd(8)} ${n}`);
}
