// typed numbers take plain Python operators: division by zero, modulo signs, -0, NaN, overflow stay JS-exact
// range() as zigttp defines it (a re-iterable sequence of numbers)
function range(a, b, c) {
  const start = b === undefined ? 0 : a;
  const end = b === undefined ? a : b;
  const step = c === undefined ? 1 : c;
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}
function div(a, b) {
  return a / b;
}
function mod(a, b) {
  return a % b;
}
function mod3(a) {
  return a % 3;
}
function half(a) {
  return a / 2;
}
const xs = [7, -7, 0, -0, 0.5, -0.5, 1e308, -1e308, NaN, Infinity, -Infinity, 2 ** 53];
for (const x of xs) {
  console.log(x, div(x, 0), div(x, -0), div(1, x), mod(x, 0), mod(x, 2), mod(x, -2), mod3(x), half(x), x * 2, x - x, -x, x ** 2);
}
function compare(a, b) {
  return `${a < b} ${a <= b} ${a > b} ${a >= b} ${a === b} ${a !== b}`;
}
console.log(compare(NaN, NaN), compare(0, -0), compare(Infinity, Infinity), compare(-1, 1));
let acc = 0;
for (const i of range(1, 11)) {
  acc += 1 / i;
  acc -= 0.1;
  acc *= 1.01;
}
console.log(acc, acc.toFixed(10));
let bits = 0;
for (const i of range(40)) {
  bits = (bits << 1) | (i % 2);
}
console.log(bits, bits >>> 0, ~bits, bits >> 3);
const ints = [];
for (const i of range(-3, 4)) {
  ints.push(i / 2, i % 2, -i, i * -0);
}
console.log(ints);
let counter = 0.1;
counter += 0.2;
counter **= 2;
counter %= 0.05;
console.log(counter);
