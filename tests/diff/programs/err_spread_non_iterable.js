// expect-error: err_spread_non_iterable.js:5:17 TypeError: cfg.count is not iterable
// spreading a value that is not iterable
const cfg = JSON.parse('{"list": [1, 2], "count": 2}');
console.log([...cfg.list]);
console.log([...cfg.count]);
