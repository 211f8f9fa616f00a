// bitwise operators: ToInt32 / ToUint32 wrap-around, shifts mask the count, non-numbers converted
const big = [2 ** 31, 2 ** 32, 2 ** 32 + 5, -(2 ** 31) - 1, 2 ** 53, 1e21, -1e21, 4294967296.5];
console.log(big.map((x) => x | 0));
console.log(big.map((x) => x >>> 0));
console.log(big.map((x) => ~x));
console.log([NaN, Infinity, -Infinity, -0, 0.9, -0.9, 1.5e10].map((x) => x | 0));
console.log(1 << 31, 1 << 32, 1 << 33, 1 << -1, -1 >> 31, -1 >>> 31, -1 >>> 0, -1 >>> 32);
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~~3.7, ~~-3.7);
console.log("12" | 0, "0x1f" & 0xff, "abc" | 0, true << 3, undefined | 0, [7] | 0, [1, 2] | 0);
console.log(0xdeadbeef | 0, 0xdeadbeef >>> 0, 0xdeadbeef >> 16, 0xdeadbeef >>> 16);
console.log(-123 >> 2, -123 >>> 28, 123 << 28, (123 << 28) >> 28);
console.log(0x7fffffff + 1 | 0, (0x7fffffff | 0) + 1);
function hash(s) {
  let h = 0;
  for (const ch of s) {
    h = (h * 31 + ch.codePointAt(0)) | 0;
  }
  return h >>> 0;
}
console.log(hash("hello world"), hash("zigttp"), hash(""));
console.log(Math.imul(0xffffffff, 5), Math.clz32(1), Math.clz32(0), Math.clz32(-1));
