// range(): lazy, re-iterable, Python semantics (a Node twin provides the same output)
const r = range(5);
const seen = [];
for (const i of r) {
  seen.push(i);
}
for (const i of r) {
  seen.push(i * 10);
}
console.log(seen);
console.log([...range(2, 6)], [...range(10, 0, -3)], [...range(0, 10, 4)]);
console.log([...range(3, 3)], [...range(5, 1)], Array.from(range(4), (x) => x * x));
console.log(typeof r, r);
let sum = 0;
for (const i of range(1, 101)) {
  sum += i;
}
console.log(sum);
const fns = [];
for (const i of range(3)) {
  fns.push(() => i);
}
console.log(fns.map((f) => f()));
