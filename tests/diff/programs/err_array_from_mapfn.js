// expect-error: err_array_from_mapfn.js:5:13 TypeError: #<Object> is not a function
// Array.from with a map function that is not a function
console.log(Array.from("ab", (c) => c.toUpperCase()));
const f = JSON.parse("{}");
console.log(Array.from("ab", f));
