// console.log line breaking: objects that fit in 80 columns stay on one line, others break
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9 });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17 });
console.log({ outer: { inner: { leaf: 1 } }, sibling: [1, 2, 3], name: "x" });
console.log({ first: "a".repeat(30), second: "b".repeat(30), third: 3 });
console.log({ first: "a".repeat(20), second: "b".repeat(20), third: 3 });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }]);
console.log([{ name: "first item", value: 1 }, { name: "second item", value: 2 }, { name: "third", value: 3 }]);
console.log({ l1: { l2: { l3: "x" }, l2b: { l3: "y" } }, other: { l2: { l3: "z" } } });
console.log({ neg: -0, nums: [-0, 0, -1.5], n: NaN, inf: -Infinity, u: undefined, t: true });
console.log([[1, 2, [3, 4, [5, [6]]]], { k: [{ deep: { deeper: 1 } }] }]);
console.log({ key: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p"] });
const lines = { status: 200, headers: { "content-type": "application/json", "x-request-id": "abc-123-def-456" }, body: "{\"ok\":true}" };
console.log(lines);
