// expect-error: err_array_with_index.js:6:13 RangeError: Invalid index : 3
// with() outside the array
const xs = [1, 2, 3];
console.log(xs.with(-1, 9), xs.with(0, 0));
const i = JSON.parse("3");
console.log(xs.with(i, 9));
