// JSON.stringify indentation: numbers clamped to 10, strings cut to 10 characters, empty containers, toJSON
const o = { b: 1, a: [1, { c: [] }, {}], s: "x\ny\u2028\u0007\"'\\", u: undefined, f: () => 1, n: -0, big: 1e21 };
console.log(JSON.stringify(o));
console.log(JSON.stringify(o, undefined, 2));
console.log(JSON.stringify(o, undefined, "\t"));
console.log(JSON.stringify(o, undefined, "abcdefghijklmnop"));
console.log(JSON.stringify(o, undefined, 20));
console.log(JSON.stringify(o, undefined, -1));
console.log(JSON.stringify(o, undefined, 3.7));
console.log(JSON.stringify(o, undefined, ""));
console.log(JSON.stringify([[]], undefined, 2), JSON.stringify({ a: {} }, undefined, 2));
console.log(JSON.stringify("\ud800"), JSON.stringify("\udc00\ud800"), JSON.stringify("\u{1F600}"), JSON.stringify("\x7f\x1f\b\f"));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify([undefined, () => 1]), JSON.stringify({ toJSON: () => "custom" }));
console.log(JSON.stringify({ 2: "b", 1: "a", x: "x", "-1": "m", "01": "z", 4294967295: "big", 4294967294: "max" }));
console.log(JSON.stringify("é"), JSON.stringify({ "é": 1, "a b": 2 }));
console.log(JSON.stringify([NaN, NaN, NaN]), JSON.stringify([true, false, "true"]));
console.log(JSON.stringify({ a: [Infinity] }, undefined, 1));
