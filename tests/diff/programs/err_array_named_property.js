// expect-error: err_array_named_property.js:5:1 TypeError: Cannot set property 'total' on an array
// arrays are dense lists: writing a non-index property raises (reading one gives undefined)
const xs = [1, 2];
console.log(xs.total, xs["1"], xs.length);
xs.total = 3;
