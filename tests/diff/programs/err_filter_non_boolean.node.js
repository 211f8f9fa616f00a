// Node twin of err_filter_non_boolean.js: JavaScript coerces the result; zigttp checks it (SPEC 9.4, 12.5)
const items = JSON.parse("[1, 0, 2]");
console.log(items.filter((x) => x > 0));
throw new TypeError("non-boolean value (number) in 'filter' callback result");
