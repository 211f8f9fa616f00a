// expect-error: err_typed_set_bounds.js:6:1 RangeError: offset is out of bounds
// typed-array set beyond the end
const t = Int16Array.of(1, 2, 3, 4);
t.set([9, 9], 2);
console.log(t);
t.set([7, 7], 3);
