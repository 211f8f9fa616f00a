// dynamic keys: numbers, floats, negative numbers, booleans, undefined, arrays and objects as keys
const o = {};
o[1] = "one";
o[1.5] = "float";
o[-1] = "neg";
o[true] = "bool";
o[undefined] = "undef";
o[[1, 2]] = "array";
o[{}] = "object";
o[1e21] = "big";
o[0.1 + 0.2] = "sum";
o[-0] = "negzero";
o[NaN] = "nan";
console.log(Object.keys(o));
console.log(o["1"], o["1.5"], o["-1"], o["true"], o["undefined"], o["1,2"], o["[object Object]"], o["1e+21"]);
console.log(o[0], o["0"], o["NaN"], o["0.30000000000000004"]);
const counts = {};
for (const w of ["b", "a", 10, "10", 2, "a"]) {
  counts[w] = (counts[w] ?? 0) + 1;
}
console.log(counts, JSON.stringify(counts));
const nested = { a: { b: { c: 1 } } };
const path = ["a", "b", "c"];
console.log(path.reduce((acc, k) => acc[k], nested));
