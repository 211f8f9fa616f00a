// Math: rounding of halves and near-halves, fround, hypot, signed zeros, special values and coercion
const vals = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 4503599627370495.5, -4503599627370495.5, 1e300, -1e-300, NaN, Infinity];
console.log(vals.map((v) => Math.round(v)));
console.log(vals.map((v) => Math.floor(v)), vals.map((v) => Math.ceil(v)), vals.map((v) => Math.trunc(v)));
console.log(vals.map((v) => Math.sign(v)), vals.map((v) => Math.abs(-v)));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(1e-50), Math.fround(-0), Math.fround(16777217));
console.log(Math.hypot(), Math.hypot(3, 4, 12), Math.hypot(NaN, Infinity), Math.hypot(-Infinity, NaN), Math.hypot(1e200, 1e200), Math.hypot(-3));
console.log(Math.max(-0, 0), Math.min(0, -0), Math.max("3", 2), Math.min([1], [2]), Math.max(undefined, 1), Math.max(true, 0.5));
console.log(Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(1, 0), Math.atan2(-1, -Infinity), Math.atan2(Infinity, Infinity), Math.atan2(-Infinity, -Infinity));
console.log(Math.cbrt(-27), Math.cbrt(2), Math.expm1(1e-10), Math.log1p(1e-10), Math.log1p(-1), Math.log1p(-2), Math.log10(1000), Math.log2(8), Math.log2(3));
console.log(Math.sqrt(-1), Math.sqrt(2), Math.pow(2, 0.5), Math.exp(1), Math.exp(-Infinity), Math.log(0), Math.log(-1), Math.log(Math.E));
console.log(Math.sinh(1), Math.cosh(1), Math.tanh(100), Math.asinh(1), Math.acosh(1), Math.acosh(0.5), Math.atanh(1), Math.atanh(0.5));
console.log(Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0x7fffffff, 2), Math.imul(2 ** 32 + 3, 3), Math.clz32(0.5), Math.clz32(2 ** 32), Math.clz32(-0));
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
const r = Math.random();
console.log(typeof r, r >= 0 && r < 1, Math.random() !== Math.random());
console.log(Math.round("2.5"), Math.floor("x"), Math.abs(""), Math.ceil([]), Math.trunc(" 7.9 "), Math.sign("-3"));
