// expect-error: err_range_args.js:6:17 RangeError: range() arguments must be integers
// range() arguments must be integers
const parts = [...range(0, 10, 5)];
console.log(parts);
const step = JSON.parse("0.5");
console.log([...range(0, 2, step)]);
