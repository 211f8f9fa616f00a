// expect-error: err_call_non_function.js:5:13 TypeError: api.lookup is not a function
// calling a value that is not a function names the callee source
const api = { fetch: (k) => `got ${k}`, lookup: JSON.parse('"not callable"') };
console.log(api.fetch("a"));
console.log(api.lookup("b"));
