// Node twin of err_object_keys_undefined.js: there is no null, so the message names undefined only
const maybe = JSON.parse('{"a": {"x": 1}}');
console.log(Object.keys(maybe.a));
throw new TypeError("Cannot convert undefined to object");
