// numeric code over nested arrays: matrix product, transpose, determinant
const A = [[1, 2, 3], [4, 5, 6]];
const B = [[7, 8], [9, 10], [11, 12]];
const transpose = (m) => m[0].map((_, j) => m.map((row) => row[j]));
const mul = (a, b) => a.map((row) => transpose(b).map((col) => row.reduce((s, v, k) => s + v * col[k], 0)));
console.log(transpose(A), mul(A, B), mul(B, A));
function det(m) {
  if (m.length === 1) {
    return m[0][0];
  }
  return m[0].reduce((acc, v, j) => {
    const minor = m.slice(1).map((row) => row.filter((_, k) => k !== j));
    return acc + (j % 2 === 0 ? 1 : -1) * v * det(minor);
  }, 0);
}
console.log(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]));
const identity = (n) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
console.log(identity(4));
const hilbert = Array.from({ length: 3 }, (_, i) => Array.from({ length: 3 }, (_, j) => 1 / (i + j + 1)));
console.log(hilbert, det(hilbert));
