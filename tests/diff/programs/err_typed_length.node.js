// Node twin of err_typed_length.js: factories are called without new; V8 appends the length to its message
console.log(new Uint8Array(3), new Float64Array(0));
throw new RangeError("Invalid typed array length");
