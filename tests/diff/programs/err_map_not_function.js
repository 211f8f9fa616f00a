// expect-error: err_map_not_function.js:5:13 TypeError: 5 is not a function
// a callback that is not a function
const cb = JSON.parse("5");
console.log([1, 2].map((x) => x * 2));
console.log([1, 2].map(cb));
