// closures over local let bindings
function makeCounter(start) {
  let n = start;
  return {
    inc() {
      n += 1;
      return n;
    },
    add(k) {
      n += k;
      return n;
    },
    get: () => n,
  };
}
const c1 = makeCounter(0);
const c2 = makeCounter(100);
c1.inc();
c1.inc();
c2.add(5);
console.log(c1.get(), c2.get(), c1.inc(), c2.inc());
function memo(fn) {
  const cache = {};
  let misses = 0;
  return {
    call: (k) => {
      if (!(k in cache)) {
        misses += 1;
        cache[k] = fn(k);
      }
      return cache[k];
    },
    misses: () => misses,
  };
}
const m = memo((x) => x * x);
console.log(m.call(3), m.call(4), m.call(3), m.misses());
