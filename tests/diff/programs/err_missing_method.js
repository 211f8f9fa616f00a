// expect-error: err_missing_method.js:5:13 TypeError: api.put is not a function
// calling a method that does not exist: strings have no match(), objects only their own functions
const api = { get: (k) => `value of ${k}` };
console.log(api.get("a"));
console.log(api.put("b", 1));
