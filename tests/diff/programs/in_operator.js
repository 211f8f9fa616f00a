// the in operator on objects and arrays
const o = { a: 1, b: undefined, 3: "x" };
console.log("a" in o, "b" in o, "c" in o, 3 in o, "3" in o);
const arr = ["p", "q"];
console.log(0 in arr, 1 in arr, 2 in arr, "length" in arr, "0" in arr);
const keys = ["a", "z", "b"];
console.log(keys.filter((k) => k in o));
function describe(obj) {
  return "kind" in obj ? `kind=${obj.kind}` : "no kind";
}
console.log(describe({ kind: "circle" }), describe({}), describe({ kind: undefined }));
