// toFixed, toPrecision and toString(radix)
const xs = [0, 1, -1.5, 2.5, 1.005, 1.45, 123.456, 0.000001234, 1e21, -0, 1234.5678, 0.5, 1.5, -2.5];
for (const x of xs) {
  console.log(x, x.toFixed(), x.toFixed(2), x.toFixed(5), x.toPrecision(), x.toPrecision(1), x.toPrecision(3), x.toPrecision(10));
}
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(8), (1e21).toString(36));
console.log((123.456).toString(16), (0.1).toString(3), (2 ** 53).toString(7), NaN.toString(16), (-Infinity).toString(2));
console.log((1e-7).toFixed(10), (123.456).toFixed(0), (0.000001).toPrecision(2), (123456).toPrecision(2), (99.99).toPrecision(3));
