// closures returned in objects share state per factory call; separate calls do not share
function makeStack() {
  const items = [];
  let pushes = 0;
  return {
    push: (x) => {
      items.push(x);
      pushes += 1;
      return items.length;
    },
    pop: () => items.pop(),
    peek: () => items.at(-1),
    stats: () => ({ size: items.length, pushes }),
  };
}
const a = makeStack();
const b = makeStack();
a.push(1);
a.push(2);
b.push("x");
console.log(a.pop(), a.peek(), a.stats(), b.stats(), b.peek());
function memo(fn) {
  const cache = {};
  let misses = 0;
  return {
    get: (k) => {
      if (!(k in cache)) {
        misses += 1;
        cache[k] = fn(k);
      }
      return cache[k];
    },
    misses: () => misses,
  };
}
const sq = memo((k) => Number(k) ** 2);
console.log(sq.get(3), sq.get(3), sq.get("3"), sq.get(4), sq.misses());
const adders = [1, 2, 3].map((n) => (x) => x + n);
console.log(adders.map((f) => f(10)));
function once(fn) {
  let done = false;
  let value;
  return () => {
    if (!done) {
      done = true;
      value = fn();
    }
    return value;
  };
}
const init = once(() => ({ created: true }));
console.log(init() === init(), init());
