// toFixed: exact decimal rounding (ties away from zero on the exact binary value), large values, digits 0-100
const xs = [0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1.005, 1.045, 10.235, 1.45, 8.345, 0.000001, 123.456, 1e20, 1e21,
  -1e21, 0.1, 0.7, 99.995, 2 ** 53, 1 / 3, 5e-7, -5e-7, 4.35, 1.0000000000000002];
for (const x of xs) {
  console.log(x, x.toFixed(), x.toFixed(0), x.toFixed(1), x.toFixed(2), x.toFixed(5), x.toFixed(20));
}
console.log((0.1).toFixed(100));
console.log((123.456).toFixed(99).length, (1e-10).toFixed(10), (1.23e-10).toFixed(12));
console.log((NaN).toFixed(2), (-Infinity).toFixed(1), (25).toFixed(undefined), (2.5).toFixed(0.9));
