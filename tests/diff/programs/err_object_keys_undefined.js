// expect-error: err_object_keys_undefined.js:5:13 TypeError: Cannot convert undefined to object
// Object.keys(undefined) raises
const maybe = JSON.parse('{"a": {"x": 1}}');
console.log(Object.keys(maybe.a));
console.log(Object.keys(maybe.b));
