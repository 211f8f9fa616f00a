// JSON.stringify: values, omission rules, escapes, number formatting and indentation
console.log(JSON.stringify(1), JSON.stringify("s"), JSON.stringify(true), JSON.stringify(undefined));
console.log(JSON.stringify({ a: 1, b: undefined, c: () => 1, d: [undefined, () => 1, NaN, Infinity, -0] }));
console.log(JSON.stringify("quote\" backslash\\ nl\n tab\t cr\r bs\b ff\f ctrl\u0001\u001f del\u007f"));
console.log(JSON.stringify("unicode é € 😀 \u2028 \u2029"));
console.log(JSON.stringify({ 2: "b", 1: "a", z: 1, y: [1e21, 1e-7, 0.1 + 0.2, 5e-324] }));
const value = { name: "zig", list: [1, [2, 3], {}], empty: {}, arr: [], nested: { deep: { x: "y" } } };
console.log(JSON.stringify(value, undefined, 2));
console.log(JSON.stringify(value, undefined, "--"));
console.log(JSON.stringify([1, 2], undefined, 20));
console.log(JSON.stringify({ a: [] }, undefined, 0), JSON.stringify({ a: 1 }, undefined, ""));
console.log(JSON.stringify([{ a: 1 }], undefined, "\t"));
console.log(JSON.stringify({ "key with \"quotes\"": 1, "é": 2 }));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]]), JSON.stringify(""));
