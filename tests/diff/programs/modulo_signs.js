// % keeps the sign of the dividend; edge cases with zero, infinities and fractions
const pairs = [
  [7, 3], [-7, 3], [7, -3], [-7, -3], [5.5, 2], [-5.5, 2], [0, 5], [-0, 5], [5, 0],
  [Infinity, 2], [2, Infinity], [-2, Infinity], [NaN, 2], [0.3, 0.1], [1e17, 7], [2 ** 53, 3],
];
for (const [a, b] of pairs) {
  console.log(a, "%", b, "=", a % b);
}
console.log(-4 % 2, 4 % -2, 1 / (-4 % 2));
let m = 17;
m %= 5;
console.log(m);
console.log("%", "%%", "100%", "%s literal");
