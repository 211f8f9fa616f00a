// expect-error: err_primitive_write.js:7:1 TypeError: Cannot create property 'unit' on number '5'
"use strict";
// writing a property of a primitive raises (strict mode, as every zigttp module)
const s = "abc";
console.log(s.length, s[0]);
const n = JSON.parse("5");
n.unit = "px";
