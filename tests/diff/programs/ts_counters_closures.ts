// typed closures and counters: number-typed lets mutated inside closures keep JS number semantics
function makeAcc(start: number): (d: number) => number {
  let total: number = start;
  return (d: number): number => {
    total += d;
    total *= 1.5;
    total %= 1000;
    return total;
  };
}
const acc = makeAcc(0.1);
console.log([1, 2, -3, 1e308, -1e308].map((d: number): number => acc(d)));
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log(fib(20), fib(0), fib(-1), fib(1.5));
function collatz(n: number): number {
  let steps: number = 0;
  let x: number = n;
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
function toggles(): boolean[] {
  let flag: boolean = false;
  const toggle = (): boolean => {
    flag = !flag;
    return flag;
  };
  return [toggle(), toggle(), toggle(), flag];
}
console.log(toggles());
