// typed objects, optional fields, unions narrowed by typeof / discriminants / undefined checks
function area(s) {
  if (s.kind === "circle") {
    return Math.PI * s.r * s.r;
  }
  return s.w * s.h;
}
console.log([{ kind: "circle", r: 1 }, { kind: "rect", w: 2, h: 3 }].map((s) => area(s)));
function total(items) {
  let sum = 0;
  for (const it of items) {
    const d = it.discount ?? 0;
    sum += it.price * (1 - d);
  }
  return sum;
}
const items = [{ name: "a", price: 10 }, { name: "b", price: 5.5, discount: 0.1, tags: ["x"] }, { name: "c", price: 0.1 }];
console.log(total(items), items.map((i) => i.tags?.length ?? -1));
function describe(v) {
  if (typeof v === "string") {
    return `string(${v.length})`;
  }
  if (typeof v === "number") {
    return `number(${v.toFixed(1)})`;
  }
  if (v === undefined) {
    return "nothing";
  }
  return v ? "yes" : "no";
}
console.log([describe("hey"), describe(2.25), describe(true), describe(false), describe(undefined)]);
function firstOr(xs, fallback) {
  return xs.length > 0 ? xs[0] : fallback;
}
console.log(firstOr([3, 4], 0), firstOr([], "none"), firstOr(["a"], "b"));
function keysOf(o) {
  return Object.keys(o).filter((k) => o[k] > 1);
}
console.log(keysOf({ a: 1, b: 2, c: 3, 10: 5 }));
const readonlyList = [3, 1, 2];
console.log(readonlyList.toSorted(), readonlyList);
