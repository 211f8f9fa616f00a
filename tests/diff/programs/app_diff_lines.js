// a line diff using the longest common subsequence table (arrays of arrays)
function diff(a, b) {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => Array.from({ length: m + 1 }, () => 0));
  for (const i of Array.from({ length: n }, (_, k) => n - 1 - k)) {
    for (const j of Array.from({ length: m }, (_, k) => m - 1 - k)) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const out = [];
  const pos = { i: 0, j: 0 };
  for (const _ of Array.from({ length: n + m })) {
    if (pos.i < n && pos.j < m && a[pos.i] === b[pos.j]) {
      out.push("  " + a[pos.i]);
      pos.i += 1;
      pos.j += 1;
    } else if (pos.j < m && (pos.i >= n || table[pos.i][pos.j + 1] >= table[pos.i + 1][pos.j])) {
      out.push("+ " + b[pos.j]);
      pos.j += 1;
    } else if (pos.i < n) {
      out.push("- " + a[pos.i]);
      pos.i += 1;
    }
  }
  return out;
}
const before = ["import x", "const a = 1;", "const b = 2;", "log(a + b);", "done"];
const after = ["import x", "import y", "const a = 1;", "const b = 3;", "log(a + b);", "log(b);", "done"];
console.log(diff(before, after).join("\n"));
console.log(diff([], ["only"]), diff(["gone"], []), diff(["same"], ["same"]));
