// numeric matrices with Float64Array storage: multiply, transpose, Gaussian elimination with pivoting
function mat(rows, cols, fill) {
  return { rows, cols, data: Float64Array.from({ length: rows * cols }, (_, i) => fill(Math.floor(i / cols), i % cols)) };
}
function mul(a, b) {
  return mat(a.rows, b.cols, (r, c) => {
    let s = 0;
    for (const k of Array.from({ length: a.cols }, (_, i) => i)) {
      s += a.data[r * a.cols + k] * b.data[k * b.cols + c];
    }
    return s;
  });
}
function show(m) {
  return Array.from({ length: m.rows }, (_, r) => Array.from(m.data.slice(r * m.cols, (r + 1) * m.cols)).map((x) => x.toFixed(3)).join(" "));
}
const a = mat(3, 3, (r, c) => (r === c ? 2 : r + c * 0.5));
const b = mat(3, 2, (r, c) => r - c);
console.log(show(mul(a, b)), show(mat(2, 3, (r, c) => b.data[c * 2 + r])));
function solve(m, rhs) {
  const n = m.rows;
  const aug = Array.from({ length: n }, (_, r) => [...Array.from(m.data.slice(r * n, r * n + n)), rhs[r]]);
  for (const col of Array.from({ length: n }, (_, i) => i)) {
    let pivot = col;
    for (const r of Array.from({ length: n - col }, (_, i) => i + col)) {
      if (Math.abs(aug[r][col]) > Math.abs(aug[pivot][col])) {
        pivot = r;
      }
    }
    [aug[col], aug[pivot]] = [aug[pivot], aug[col]];
    for (const r of Array.from({ length: n }, (_, i) => i)) {
      if (r !== col) {
        const f = aug[r][col] / aug[col][col];
        aug[r] = aug[r].map((v, j) => v - f * aug[col][j]);
      }
    }
  }
  return aug.map((row, i) => row[n] / row[i]);
}
console.log(solve(a, [1, 2, 3]), solve(mat(2, 2, (r, c) => (r === c ? 1 : 0)), [5, -5]));
