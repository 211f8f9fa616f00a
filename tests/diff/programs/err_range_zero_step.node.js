// Node twin of err_range_zero_step.js
const step = JSON.parse("0");
console.log(typeof step);
throw new RangeError("range() step must not be zero");
