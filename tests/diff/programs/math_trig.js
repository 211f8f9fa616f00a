// Math transcendental functions (bit-identical to Node's fdlibm results)
const inputs = [0, 0.5, 1, 2, Math.PI / 4, Math.PI, 10, 100, -3.3, 1e-10, 1e10];
for (const x of inputs) {
  console.log(x, Math.sin(x), Math.cos(x), Math.tan(x), Math.exp(x), Math.atan(x));
}
for (const x of [0.1, 0.5, 1, 2.5, 10, 1e6, 1e-9]) {
  console.log(x, Math.log(x), Math.log10(x), Math.log2(x), Math.log1p(x), Math.expm1(x));
}
for (const x of [-0.9, -0.5, 0, 0.5, 0.9]) {
  console.log(x, Math.asin(x), Math.acos(x), Math.atanh(x), Math.asinh(x), Math.sinh(x), Math.cosh(x), Math.tanh(x));
}
console.log(Math.atan2(1, 1), Math.atan2(-1, -1), Math.atan2(0, -0), Math.atan2(-0, 0), Math.acosh(1), Math.acosh(10));
console.log(Math.log(0), Math.log(-1), Math.exp(710), Math.exp(-750), Math.sin(Infinity), Math.tanh(Infinity));
