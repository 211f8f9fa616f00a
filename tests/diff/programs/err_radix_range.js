// expect-error: err_radix_range.js:4:13 RangeError: toString() radix must be between 2 and 36
// toString(radix) needs a radix between 2 and 36
console.log((255).toString(2), (255).toString(36));
console.log((255).toString(37));
