// console.log line breaking of objects with many keys, long values, quoted keys and nested arrays
const wide = {};
for (const i of Array.from({ length: 30 }, (_, k) => k)) {
  wide[`key${i}`] = i % 3 === 0 ? `value-${i}` : i;
}
console.log(wide);
console.log({ "needs-quote": 1, valid_id: 2, $dollar: 3, "1abc": 4, "": 5, "with space": 6, ünïcode: 7 });
console.log({ short: [1, 2, 3], long: "x".repeat(90), nested: { list: Array.from({ length: 12 }, (_, i) => i * 1.5) } });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }]);
console.log({ deep: { deeper: { deepest: { gone: 1 } }, sibling: [1, [2, [3, [4]]]] } });
console.log([["nested", "arrays"], ["of", "strings", "here"], [], [[]]]);
