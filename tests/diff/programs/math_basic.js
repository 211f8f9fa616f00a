// Math: rounding, extremes, powers and integer helpers
const xs = [2.5, -2.5, 0.5, -0.5, 1.4999999999999998, -0, 3.7, -3.7, 0.49999999999999994, NaN, Infinity];
console.log(xs.map(Math.round));
console.log(xs.map(Math.floor), xs.map(Math.ceil));
console.log(xs.map(Math.trunc), xs.map(Math.sign), xs.map(Math.abs));
console.log(Math.max(), Math.min(), Math.max(1, NaN, 3), Math.min(-0, 0), Math.max(-0, 0), Math.max("7", 2));
console.log(Math.pow(2, 10), Math.pow(NaN, 0), Math.pow(1, Infinity), Math.sqrt(2), Math.sqrt(-1), Math.cbrt(27), Math.cbrt(-8));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(1, 1, 1), Math.clz32(1), Math.clz32(0), Math.clz32(-1));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2), Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128));
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
const r = Math.random();
console.log(typeof r, r >= 0 && r < 1);
console.log(Math.round(-0.4), Math.round(0.4), Math.round(2 ** 52 + 0.5), Math.floor(-1e-300), Math.ceil(-0.5));
