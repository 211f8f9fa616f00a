// function calls: one op = 4 calls (a declaration, an arrow, a closure, a call through an object)
function add(a, b) {
  return a + b;
}
const twice = (x) => x * 2;
function makeCounter() {
  let c = 0;
  return (d) => {
    c += d;
    return c;
  };
}
const ops = { sub: (a, b) => a - b };
function bench(n) {
  const counter = makeCounter();
  let acc = 0;
  for (const i of range(n)) {
    acc = add(acc, twice(i % 10));
    acc = ops.sub(acc, counter(1) % 3);
  }
  return acc;
}
