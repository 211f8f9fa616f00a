// expect-error: err_from_code_point.js:5:13 RangeError: Invalid code point 1114112
// String.fromCodePoint rejects values outside 0..0x10FFFF and non-integers
console.log(String.fromCodePoint(0x41, 0x1f600, 0x10ffff).length);
const points = JSON.parse("[65, 1114112]");
console.log(String.fromCodePoint(...points));
