// expect-error: err_array_length.js:6:1 RangeError: Invalid array length
// setting an invalid array length
const xs = [1, 2, 3];
xs.length = 1;
console.log(xs);
xs.length = -1;
