// spreading objects with integer-like keys: the result orders index keys first, numerically
const a = { z: 1, 10: "a10", 2: "a2", y: 2 };
const b = { 1: "b1", x: 3, 10: "b10", "02": "b02" };
const merged = { ...a, ...b, 0: "zero", w: 4 };
console.log(Object.keys(merged), merged);
const fromEntries = Object.fromEntries([["3", "c"], ["b", "b"], ["1", "a"], ["4294967295", "big"], ["-1", "neg"]]);
console.log({ ...fromEntries }, JSON.stringify({ ...fromEntries }));
const arrLike = { ...["p", "q"], ...{ 1: "Q", length: 2 } };
console.log(arrLike, Object.keys(arrLike));
