// range() for engines without it (Node, QuickJS): zigttp's built-in, as a plain iterator object
function range(a, b, c) {
  const start = b === undefined ? 0 : a;
  const end = b === undefined ? a : b;
  const step = c === undefined ? 1 : c;
  return {
    [Symbol.iterator]() {
      let i = start;
      return {
        next() {
          if (step > 0 ? i < end : i > end) {
            const value = i;
            i += step;
            return { value, done: false };
          }
          return { value: undefined, done: true };
        },
      };
    },
  };
}
