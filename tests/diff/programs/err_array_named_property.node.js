// Node twin of err_array_named_property.js: zigttp rejects non-index properties on arrays (SPEC 3.14)
const xs = [1, 2];
console.log(xs.total, xs["1"], xs.length);
throw new TypeError("Cannot set property 'total' on an array");
