// an ASCII bar chart scaled to a width, with labels padded and values right-aligned
const sales = { January: 1200.5, February: 980, March: 1500.25, April: 0, May: 2200, June: 1999.99 };
const max = Math.max(...Object.values(sales));
const width = 30;
const labelWidth = Math.max(...Object.keys(sales).map((k) => k.length));
for (const [month, value] of Object.entries(sales)) {
  const bar = "█".repeat(Math.round((value / max) * width));
  const half = (value / max) * width - Math.floor((value / max) * width) >= 0.5 ? "▌" : "";
  console.log(`${month.padEnd(labelWidth)} │${(bar + half).padEnd(width + 1)}│ ${value.toFixed(2).padStart(8)}`);
}
const total = Object.values(sales).reduce((a, b) => a + b, 0);
console.log(`${"total".padEnd(labelWidth)}  ${"".padEnd(width + 1)}  ${total.toFixed(2).padStart(8)}`);
console.log(Object.entries(sales).map(([m, v]) => `${m.slice(0, 3)}:${((v / total) * 100).toFixed(1)}%`).join(" "));
