// JSON.stringify of nested mixed values: omission of undefined/functions, arrays with holes as null, numbers
const value = {
  s: "text",
  n: 1.5,
  neg: -0,
  big: 1e21,
  small: 5e-7,
  inf: Infinity,
  nan: NaN,
  t: true,
  u: undefined,
  f: () => 1,
  arr: [1, undefined, () => 2, NaN, "x", [undefined]],
  nested: { a: { b: { c: [] } }, e: {} },
  typed: Uint8Array.of(1, 2),
  date: Date.now() > 0,
};
console.log(JSON.stringify(value));
console.log(JSON.stringify([undefined]), JSON.stringify({ a: undefined }), JSON.stringify([[], {}]), JSON.stringify(""));
console.log(JSON.stringify("a\u2028b\u2029c"), JSON.stringify("\u007f\u0080\u00ff"), JSON.stringify("tab\there"));
console.log(JSON.stringify({ "key with space": 1, "é": 2, "": 3, "\n": 4 }));
console.log(JSON.stringify(12), JSON.stringify("12"), JSON.stringify(true), JSON.stringify([NaN, -0, 0.1 + 0.2]));
