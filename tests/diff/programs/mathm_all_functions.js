// every Math function over a matrix of arguments (special values, signed zeros, coercions)
const ARGS = [undefined, NaN, -Infinity, -1e308, -10, -1, -0.5, -1e-300, -0, 0, 1e-300, 0.5, 1, 2, Math.PI, 10, 1e308,
  Infinity, "3", "x", true, [4], 2 ** 31];
const show = (v) => (v === 0 && 1 / v < 0 ? "-0" : String(v));
const unary = ["abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "clz32", "cos", "cosh", "exp",
  "expm1", "floor", "fround", "log", "log10", "log1p", "log2", "round", "sign", "sin", "sinh", "sqrt", "tan", "tanh", "trunc"];
for (const name of unary) {
  console.log(name.padEnd(6), ARGS.map((a) => show(Math[name](a))).join(" "));
}
const pairs = [[0, 0], [1, 0], [-1, -0], [0, -1], [2, 10], [-2, 3], [-2, 0.5], [3, -2], [Infinity, -Infinity], [NaN, 1], [1e308, 1e308]];
for (const name of ["atan2", "pow", "imul", "hypot", "max", "min"]) {
  console.log(name.padEnd(6), pairs.map(([a, b]) => show(Math[name](a, b))).join(" "));
}
