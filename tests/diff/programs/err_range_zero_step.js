// expect-error: err_range_zero_step.js:5:17 RangeError: range() step must not be zero
// a zero step computed at run time
const step = JSON.parse("0");
console.log(typeof step);
for (const i of range(0, 5, step)) {
  console.log(i);
}
