// expect-error: err_string_missing_method.js:6:13 TypeError: s[m] is not a function
// calling a method a string does not have names the callee
const s = "hello world";
console.log(s.includes("world"));
const m = JSON.parse('"nope"');
console.log(s[m]("o"));
