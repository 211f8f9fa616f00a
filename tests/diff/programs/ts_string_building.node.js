// typed string accumulation in loops, with numbers interpolated and concatenated (ToString of doubles)
// range() as zigttp defines it (a re-iterable sequence of numbers)
function range(a, b, c) {
  const start = b === undefined ? 0 : a;
  const end = b === undefined ? a : b;
  const step = c === undefined ? 1 : c;
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}
function table(n) {
  let out = "";
  for (const i of range(1, n + 1)) {
    const x = i / 7;
    out += `${i}`.padStart(3) + " | " + x.toFixed(4) + " | " + x + "\n";
  }
  return out;
}
console.log(table(8));
let csv = "";
const rows = [[1, 2.5, -0], [1e21, 1e-7, NaN], [Infinity, -Infinity, 0.1 + 0.2]];
for (const row of rows) {
  csv += row.join(",") + ";";
}
console.log(csv, csv.length);
function repeatJoin(s, n) {
  let r = "";
  for (const i of range(n)) {
    r += i === 0 ? s : "-" + s;
  }
  return r;
}
console.log(repeatJoin("ab", 4), repeatJoin("😀", 3).length, repeatJoin("", 5));
