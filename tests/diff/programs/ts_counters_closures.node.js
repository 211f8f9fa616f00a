// typed closures and counters: number-typed lets mutated inside closures keep JS number semantics
// range() as zigttp defines it (a re-iterable sequence of numbers)
function range(a, b, c) {
  const start = b === undefined ? 0 : a;
  const end = b === undefined ? a : b;
  const step = c === undefined ? 1 : c;
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}
function makeAcc(start) {
  let total = start;
  return (d) => {
    total += d;
    total *= 1.5;
    total %= 1000;
    return total;
  };
}
const acc = makeAcc(0.1);
console.log([1, 2, -3, 1e308, -1e308].map((d) => acc(d)));
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log(fib(20), fib(0), fib(-1), fib(1.5));
function collatz(n) {
  let steps = 0;
  let x = n;
  for (const _ of range(1000)) {
    if (x === 1) {
      return steps;
    }
    x = x % 2 === 0 ? x / 2 : 3 * x + 1;
    steps += 1;
  }
  return -1;
}
console.log([1, 7, 27, 97, 871].map(collatz));
function toggles() {
  let flag = false;
  const toggle = () => {
    flag = !flag;
    return flag;
  };
  return [toggle(), toggle(), toggle(), flag];
}
console.log(toggles());
