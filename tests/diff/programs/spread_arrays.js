// array spread: copies, strings by code point, nested spreads, order of evaluation, large arrays
const base = [1, [2, 3], { k: 4 }];
const copy = [...base];
console.log(copy, copy === base, copy[1] === base[1]);
console.log([..."héllo😀"], [..."😀😁"].length, [..."\ud800x"].length);
console.log([...[...[...["deep"]]]]);
const order = [];
function src(name, items) {
  order.push(name);
  return items;
}
console.log([src("a", [1]), ...src("b", [2, 3]), src("c", 4), ...src("d", [])], order.join(""));
const big = [...Array.from({ length: 1000 }, (_, i) => i)];
console.log(big.length, big[999], [...big, ...big].length);
const withUndef = [...[undefined, 1], undefined];
console.log(withUndef, withUndef.length);
const chars = [..."abc"].map((c, i) => c.repeat(i + 1));
console.log(chars, [...chars.keysLike ?? []]);
const merged = [0, ...[1, 2].map((x) => x * 10), ...[3].concat([4])];
console.log(merged);
