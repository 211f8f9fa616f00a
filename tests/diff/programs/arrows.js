// arrow function forms
const one = x => x + 1;
const two = (x, y) => x * y;
const block = (x) => {
  const doubled = x * 2;
  return doubled + 1;
};
const obj = () => ({ k: 1, nested: { v: [1, 2] } });
const none = () => {};
const curried = (a) => (b) => (c) => a + b + c;
console.log(one(1), two(3, 4), block(5), obj(), none());
console.log(curried(1)(2)(3), curried("a")("b")("c"));
console.log([1, 2, 3].map((n, i) => n * i));
console.log([3, 1, 2].map((n) => ({ n, sq: n * n })));
const makeGreeter = (greeting = "Hello") => (name) => `${greeting}, ${name}!`;
console.log(makeGreeter()("Ada"), makeGreeter("Hi")("Bob"));
