// Node twin of range_semantics.js: a re-iterable range printed like zigttp prints it
function range(a, b, c) {
  const start = b === undefined ? 0 : a;
  const end = b === undefined ? a : b;
  const step = c === undefined ? 1 : c;
  return {
    *[Symbol.iterator]() {
      for (let i = start; step > 0 ? i < end : i > end; i += step) yield i;
    },
    [Symbol.for("nodejs.util.inspect.custom")]() {
      return `range(${start}, ${end}, ${step})`;
    },
    toJSON() {
      return {};
    },
  };
}
const show = (r) => [...r].join(",");
console.log(show(range(5)), show(range(2, 5)), show(range(0, 10, 3)), show(range(10, 0, -3)));
console.log(show(range(0)), show(range(-3)), show(range(5, 5)), show(range(5, 2)), show(range(2, 5, -1)));
console.log(show(range(-5, -1)), show(range(-1, -5, -1)), show(range(0, 1, 100)), show(range(3, -3, -2)));
const r = range(1, 4);
console.log(show(r), show(r), Array.from(r, (x) => x * x), Array.from(r).length);
console.log(typeof r, r, [range(2), range(1, 9, 2)], { r: range(-2, 2) });
let total = 0;
for (const i of range(1, 101)) {
  total += i;
}
console.log(total);
function firstOver(limit) {
  for (const i of range(0, 1e15, 7)) {
    if (i > limit) {
      return i;
    }
  }
  return -1;
}
console.log(firstOver(100), firstOver(1000));
console.log(JSON.stringify(range(3)), JSON.stringify({ r: range(3) }), `${[...range(3)]}`);
console.log(Float64Array.from(range(3)), Int8Array.from(range(125, 130)));
const nested = [];
for (const i of range(3)) {
  for (const j of range(i)) {
    nested.push(`${i}${j}`);
  }
}
console.log(nested.join(" "));
console.log(show(range(4, 0, -1)), [...range(2), ...range(2)]);
