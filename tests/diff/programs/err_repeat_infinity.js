// expect-error: err_repeat_infinity.js:5:13 RangeError: Invalid count value: Infinity
// repeat with an infinite count
console.log("ab".repeat(3));
const n = JSON.parse("1e400");
console.log("ab".repeat(n));
