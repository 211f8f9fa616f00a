// Node twin of err_range_args.js
console.log([0, 5]);
throw new RangeError("range() arguments must be integers");
