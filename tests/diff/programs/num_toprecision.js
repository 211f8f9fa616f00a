// toPrecision: switches to exponent form when the exponent is < -6 or >= p; rounding; undefined argument
const xs = [0, 1, -1, 0.5, 123.456, 0.000123, 1.23e-7, 123456, 1e21, 99.99, 9.995, 1.25, 1.35, -0.000001,
  5e-324, 1.7976931348623157e308, 2 / 3, 1e-6, 0.00001, 1e6];
for (const x of xs) {
  console.log(x.toPrecision(), x.toPrecision(1), x.toPrecision(2), x.toPrecision(3), x.toPrecision(7), x.toPrecision(21));
}
console.log((123.456).toPrecision(100));
console.log((NaN).toPrecision(3), (Infinity).toPrecision(2), (0).toPrecision(5), (-0).toPrecision(2));
