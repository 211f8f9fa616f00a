// expect-error: err_filter_non_boolean.js:5:13 TypeError: non-boolean value (number) in 'filter' callback result
// predicate callbacks must return booleans: a number from a filter callback is a run-time TypeError
const items = JSON.parse("[1, 0, 2]");
console.log(items.filter((x) => x > 0));
console.log(items.filter((x) => x));
