// higher-order functions: compose, pipe-like helpers, currying, partial application
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
const pipe = (...fns) => (x) => fns.reduce((acc, f) => f(acc), x);
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
const sq = (x) => x * x;
console.log(compose(inc, dbl, sq)(3), pipe(inc, dbl, sq)(3));
const partial = (f, ...fixed) => (...more) => f(...fixed, ...more);
const volume = (l, w, h) => l * w * h;
console.log(partial(volume, 2)(3, 4), partial(volume, 2, 3)(4), partial(volume, 2, 3, 4)());
function curry(f) {
  const step = (args) => (args.length >= f.length ? f(...args) : (x) => step([...args, x]));
  return step([]);
}
console.log(curry(volume)(2)(3)(4));
const once = (f) => {
  let done = false;
  let value;
  return (...args) => {
    if (!done) {
      done = true;
      value = f(...args);
    }
    return value;
  };
};
const init = once((x) => `init ${x}`);
console.log(init(1), init(2));
const zip = (a, b) => a.slice(0, Math.min(a.length, b.length)).map((x, i) => [x, b[i]]);
console.log(zip([1, 2, 3], ["a", "b"]), zip([], [1]));
const groupBy = (xs, f) => xs.reduce((acc, x) => ({ ...acc, [f(x)]: [...(acc[f(x)] ?? []), x] }), {});
console.log(groupBy([1, 2, 3, 4, 5, 6, 7], (x) => (x % 3 === 0 ? "fizz" : "other")));
