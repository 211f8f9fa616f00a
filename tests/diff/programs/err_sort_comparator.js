// expect-error: err_sort_comparator.js:6:13 TypeError: The comparison function must be either a function or undefined
// a comparator that is not a function
const xs = [3, 1, 2];
console.log(xs.toSorted());
const cmp = JSON.parse('"desc"');
console.log(xs.toSorted(cmp));
