// array literals, nesting and spread of iterables
const empty = [];
const mixed = [1, "two", true, undefined, [3, [4, [5, [6]]]], { k: "v" }];
console.log(empty, mixed);
console.log(mixed.length, mixed[4][1][1][1], mixed[5].k);
const a = [1, 2];
const b = [...a, ...a, 3];
const chars = [..."héllo"];
console.log(b, chars, [...[], ...[[]]]);
const copy = [...b];
copy.push(99);
console.log(b.length, copy.length);
const matrix = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];
console.log(matrix);
console.log([[]], [[[]]], [{}], [[{}]]);
