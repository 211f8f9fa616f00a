// typed string accumulation in loops, with numbers interpolated and concatenated (ToString of doubles)
function table(n: number): string {
  let out: string = "";
  for (const i of range(1, n + 1)) {
    const x: number = i / 7;
    out += `${i}`.padStart(3) + " | " + x.toFixed(4) + " | " + x + "\n";
  }
  return out;
}
console.log(table(8));
let csv: string = "";
const rows: number[][] = [[1, 2.5, -0], [1e21, 1e-7, NaN], [Infinity, -Infinity, 0.1 + 0.2]];
for (const row of rows) {
  csv += row.join(",") + ";";
}
console.log(csv, csv.length);
function repeatJoin(s: string, n: number): string {
  let r: string = "";
  for (const i of range(n)) {
    r += i === 0 ? s : "-" + s;
  }
  return r;
}
console.log(repeatJoin("ab", 4), repeatJoin("😀", 3).length, repeatJoin("", 5));
