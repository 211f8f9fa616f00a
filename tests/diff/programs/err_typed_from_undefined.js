// expect-error: err_typed_from_undefined.js:5:13 TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))
// typed-array from() of undefined
console.log(Uint8Array.from([1, 2]));
const src = JSON.parse('{"data": [1]}');
console.log(Uint8Array.from(src.missing));
