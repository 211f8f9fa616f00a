// expect-error: err_repeat_count.js:5:13 RangeError: Invalid count value: -1
// String.prototype.repeat rejects negative and infinite counts
console.log("ab".repeat(2), "ab".repeat(0).length);
const n = JSON.parse("-1");
console.log("x".repeat(n));
