// expect-error: err_tofixed_range.js:4:13 RangeError: toFixed() digits argument must be between 0 and 100
// toFixed digits must be between 0 and 100
console.log((1.5).toFixed(0), (1.5).toFixed(100).length);
console.log((1.5).toFixed(101));
