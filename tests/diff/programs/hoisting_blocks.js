// function declarations are hoisted within their block and body; mutual recursion before definition
console.log(isEven(10), isOdd(7), later());
function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
function later() {
  return helper() + 1;
  function helper() {
    return 41;
  }
}
{
  console.log(inner());
  function inner() {
    return "block-scoped";
  }
}
function outer() {
  const a = first();
  function first() {
    return second() * 2;
  }
  function second() {
    return 21;
  }
  return a;
}
console.log(outer());
if (isEven(2)) {
  console.log(inIf("x"));
  function inIf(v) {
    return `in-if ${v}`;
  }
}
for (const i of [1, 2]) {
  console.log(loopFn(i));
  function loopFn(v) {
    return v * 3;
  }
}
const captured = (() => {
  const value = compute();
  function compute() {
    return [1, 2, 3].map(double);
  }
  function double(x) {
    return x * 2;
  }
  return value;
})();
console.log(captured, typeof isEven, isEven.name, later.length);
