// the in operator: own keys of objects, array indices and length, ToPropertyKey of the left side
const o = { a: 1, u: undefined, 1: "one", "": "empty" };
console.log("a" in o, "u" in o, "b" in o, 1 in o, "1" in o, "" in o);
const arr = [10, undefined, 30];
console.log(0 in arr, 1 in arr, 3 in arr, "2" in arr, "length" in arr, -1 in arr, 1.5 in arr, "01" in arr);
console.log("push" in arr, "map" in arr, "prototype" in o);
const keys = ["a", "b", "1", "2"];
console.log(keys.filter((k) => k in o));
const nested = { inner: { deep: true } };
console.log("deep" in nested.inner, "inner" in nested, "deep" in nested);
const made = {};
made["x" + 1] = 1;
console.log("x1" in made, Object.keys(made));
const fromEntries = Object.fromEntries([["k", undefined]]);
console.log("k" in fromEntries, fromEntries.k === undefined);
