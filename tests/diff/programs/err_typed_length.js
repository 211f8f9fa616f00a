// expect-error: err_typed_length.js:5:13 RangeError: Invalid typed array length
// typed-array factories reject invalid lengths
console.log(Uint8Array(3), Float64Array(0));
const n = JSON.parse("-1");
console.log(Uint8Array(n));
