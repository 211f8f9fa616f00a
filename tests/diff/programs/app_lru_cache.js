// an LRU cache built from an object and a recency array; hits, misses and evictions
function lru(capacity) {
  const store = {};
  const order = [];
  const stats = { hits: 0, misses: 0, evictions: 0 };
  function touch(key) {
    const i = order.indexOf(key);
    if (i >= 0) {
      order.splice(i, 1);
    }
    order.push(key);
  }
  return {
    get(key) {
      if (key in store) {
        stats.hits += 1;
        touch(key);
        return store[key];
      }
      stats.misses += 1;
      return undefined;
    },
    set(key, value) {
      if (!(key in store) && order.length >= capacity) {
        const old = order.shift();
        const { [old]: _dropped, ...kept } = store;
        for (const k of Object.keys(store)) {
          if (!(k in kept)) {
            store[k] = undefined;
          }
        }
        stats.evictions += 1;
        store.__evicted = old;
      }
      store[key] = value;
      touch(key);
    },
    keys: () => [...order],
    stats: () => ({ ...stats }),
  };
}
const c = lru(3);
for (const op of ["set a 1", "set b 2", "get a", "set c 3", "set d 4", "get b", "get a", "get d", "set e 5", "get c"]) {
  const [kind, key, value] = op.split(" ");
  const r = kind === "set" ? c.set(key, Number(value)) : c.get(key);
  console.log(op.padEnd(8), String(r).padEnd(9), c.keys().join(""));
}
console.log(c.stats());
