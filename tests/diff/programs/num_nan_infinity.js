// NaN and Infinity arithmetic, comparisons and conversions
const vals = [NaN, Infinity, -Infinity];
console.log(vals, vals.map((v) => v + 1), vals.map((v) => v * 0), vals.map((v) => v - v));
console.log(Infinity / Infinity, Infinity * -1, -Infinity + Infinity, 1 / Infinity, -1 / Infinity);
console.log(NaN === NaN, NaN !== NaN, NaN < 1, NaN > 1, NaN <= NaN, Infinity > 1e308, -Infinity < -1e308);
console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [NaN].findIndex((x) => x !== x), isNaN("abc"), Number.isNaN("abc"));
console.log(1e308 * 10, -1e308 * 10, 5e-324 / 2, 2 ** 1024, Number.MAX_VALUE + 1e292);
console.log(String(Infinity), `${-Infinity}`, JSON.stringify([NaN, Infinity, -Infinity]), (Infinity).toFixed(2));
console.log(Math.max(1, NaN), Math.min(NaN, 1), Math.max(), Math.min(), Math.max(-Infinity, Infinity));
console.log(parseInt("Infinity"), parseFloat("Infinity"), parseFloat("-Infinityx"), Number("Infinity"), Number("infinity"));
console.log(isFinite("12"), isFinite("1e400"), Number.isFinite("12"), isFinite(undefined), isFinite(true));
console.log(NaN ** 0, 0 * Infinity, Infinity % 2, 2 % Infinity, -2 % -Infinity, Infinity - 1e308);
