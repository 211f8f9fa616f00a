// expect-error: err_in_primitive.js:5:13 TypeError: Cannot use 'in' operator to search for 'length' in abc
// the right operand of 'in' must be an object
const data = JSON.parse('{"list": [1, 2], "name": "abc"}');
console.log("list" in data, 0 in data.list);
console.log("length" in data.name);
