// expect-error: err_reduce_empty.js:6:33 TypeError: Reduce of empty array with no initial value
// reduce of an empty array without an initial value
const lists = JSON.parse("[[1, 2], [3], []]");
const totals = lists.map((xs) => xs.reduce((a, b) => a + b, 0));
console.log(totals);
const maxes = lists.map((xs) => xs.reduce((a, b) => Math.max(a, b)));
console.log(maxes);
