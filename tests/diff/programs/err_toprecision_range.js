// expect-error: err_toprecision_range.js:4:13 RangeError: toPrecision() argument must be between 1 and 100
// toPrecision needs an argument between 1 and 100
console.log((3.14159).toPrecision(3), (3.14159).toPrecision(100).length);
console.log((3.14159).toPrecision(0));
