// Node twin of range_builtins_interplay.js (range as a re-iterable object)
// range() values with spread, Array.from, typed-array from, destructuring and nested for-of
function range(a, b, c) {
  const start = b === undefined ? 0 : a;
  const end = b === undefined ? a : b;
  const step = c === undefined ? 1 : c;
  return {
    *[Symbol.iterator]() {
      for (let i = start; step > 0 ? i < end : i > end; i += step) yield i;
    },
  };
}
const r = range(1, 6);
const [first, second, ...rest] = r;
console.log(first, second, rest, [...r].length, Array.from(r, (x) => x * 2), Int16Array.from(r));
console.log(Math.max(...range(10)), [...range(3), ...range(2)], Object.keys([...range(3)]));
const pairs = [];
for (const i of range(3)) {
  for (const j of range(i + 1, 3)) {
    pairs.push([i, j]);
  }
}
console.log(pairs.map((p) => p.join("")).join(" "), [...range(0, -6, -2)], [...range(5, 0, -1)].join(""));
