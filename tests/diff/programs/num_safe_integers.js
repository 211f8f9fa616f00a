// integers around 2^53: exact arithmetic below, rounding above, isSafeInteger, division and modulo
const max = Number.MAX_SAFE_INTEGER;
console.log(max, max + 1, max + 2, max + 3, max * 2, -max - 2, max % 2, (max + 1) % 2, max / 2);
console.log(Number.isSafeInteger(max), Number.isSafeInteger(max + 1), Number.isInteger(max + 0.5), 2 ** 53 === 2 ** 53 + 1);
console.log(123456789 * 987654321, 2 ** 31 * 2 ** 22, 999999999999999 * 10, 1e15 + 0.3, 1e16 + 1, 1e16 + 2);
console.log(7 / 2, -7 / 2, Math.trunc(-7 / 2), Math.floor(-7 / 2), 7 % -2, 2 ** 63, 2 ** 64 - 1);
console.log([1, 10, 100, 1000].map((n) => (max / n).toFixed(2)), (2 ** 70).toString(2).length);
