// binary operators across a matrix of value kinds: + - * / % ** and relational results
const VALUES = [undefined, true, false, 0, -0, 1, -2.5, NaN, Infinity, "", "3", "x", [], [2], [1, 2], {}];
const name = (v) => (typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? `[${v}]` : typeof v === "object" ? "{}" : String(v));
const fmt = (v) => (v === 0 && 1 / v < 0 ? "-0" : typeof v === "string" ? JSON.stringify(v) : String(v));
for (const a of VALUES) {
  console.log(name(a).padEnd(10), VALUES.map((b) => fmt(a + b)).join(" "));
}
for (const a of VALUES) {
  console.log(name(a).padEnd(10), VALUES.map((b) => [a - b, a * b, a / b, a % b].map(fmt).join(",")).join(" "));
}
for (const a of VALUES.slice(0, 8)) {
  console.log(name(a).padEnd(10), VALUES.map((b) => fmt(a ** b)).join(" "));
}
