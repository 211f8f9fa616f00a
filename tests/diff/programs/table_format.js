// string building: a padded text table and a simple histogram
const rows = [
  { name: "alpha", count: 3, ratio: 0.125 },
  { name: "beta", count: 42, ratio: 0.5 },
  { name: "gamma-long-name", count: 1000, ratio: 1 / 3 },
];
const cols = ["name", "count", "ratio"];
const cell = (v) => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v);
const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
const line = (vals) => vals.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(" | ");
console.log(line(cols));
console.log(widths.map((w) => "-".repeat(w)).join("-+-"));
for (const r of rows) {
  console.log(line(cols.map((c) => cell(r[c]))));
}
const data = [1, 3, 7, 4, 2];
const peak = Math.max(...data);
for (const level of [...Array.from({ length: peak }, (_, i) => peak - i)]) {
  console.log(data.map((v) => (v >= level ? "█" : " ")).join(" "));
}
