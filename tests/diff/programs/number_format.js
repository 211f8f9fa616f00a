// Number::toString edge cases through console.log, String() and templates
const values = [
  0.1 + 0.2, 1e21, 1e20, 123456789012345680000, 1e-7, 1.5e-7, 0.000001, 0.0000012345,
  -0, 0, NaN, Infinity, -Infinity, 2 ** 53 + 1, 2 ** 64, 5e-324, 1.7976931348623157e308,
  1 / 3, 2 / 3, 100, 1e6, 123.456, -1.5, 0.5, 1e100, 4.35, 0.000123, 1e-6, 9.999999999999999e20,
];
for (const v of values) {
  console.log(v, String(v), `${v}`, [v]);
}
console.log(values);
console.log(JSON.stringify(values));
console.log((25).toString(), (0.1).toString(), (-1e-7).toString(), (1e21).toString());
