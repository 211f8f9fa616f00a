// bitwise operators use ToInt32 (>>> uses ToUint32)
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~~3.7, ~~-3.7, 1 << 31, 1 << 32, 1 << 33);
console.log(-16 >> 2, -16 >>> 2, -1 >>> 0, 2 ** 32 + 5 | 0, 2 ** 31 | 0, (2 ** 53 + 2) | 0, 1.9 | 0, -1.9 | 0);
console.log(NaN | 0, Infinity | 0, "12" | 0, "0xff" & 0xf, undefined | 1, [7] ^ 2, true << 3);
console.log(0xdeadbeef >> 0, 0xdeadbeef >>> 0, 0xdeadbeef & 0xffff, (0xdeadbeef >>> 16).toString(16));
let flags = 0;
flags |= 1 << 2;
flags |= 1;
flags ^= 1;
flags <<= 2;
flags >>= 1;
flags &= 0b1100;
console.log(flags, flags.toString(2));
let u = -8;
u >>>= 28;
console.log(u);
const hash = (s) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.codePointAt(0)) | 0, 0);
console.log(hash("hello"), hash("zigttp"), hash("a much longer string to hash 😀"));
