// String.fromCharCode wraps to 16 bits; fromCodePoint takes code points; both with odd arguments
const codes = [65, 65.9, -1, 65536 + 66, "67", true, undefined, NaN, 0xd83d, 0xde00, 0xffff, 2 ** 32 + 68];
console.log(JSON.stringify(String.fromCharCode(...codes)), String.fromCharCode().length);
const points = [0x41, 0x1f600, 0, 0x10ffff, "66", 0xd800];
console.log(JSON.stringify(String.fromCodePoint(...points)), String.fromCodePoint().length);
console.log(String.fromCharCode(0xd83d, 0xde00) === String.fromCodePoint(0x1f600), String.fromCodePoint(0x1f600).length);
