// expect-error: err_not_iterable.js:6:20 TypeError: config.items is not iterable
// for-of over a value that is not iterable
const config = JSON.parse('{"items": {"a": 1}}');
console.log(Object.keys(config.items));
const out = [];
for (const item of config.items) {
  out.push(item);
}
console.log(out);
