// includes / indexOf / lastIndexOf / find* / some / every
const xs = [4, 8, 15, 16, 23, 42, 8, NaN, -0];
console.log(xs.includes(15), xs.includes(NaN), xs.includes(0), xs.includes("15"), xs.includes(8, 3));
console.log(xs.indexOf(8), xs.lastIndexOf(8), xs.indexOf(NaN), xs.indexOf(0), xs.indexOf(99), xs.indexOf(8, 2), xs.lastIndexOf(8, 5));
console.log(xs.find((x) => x > 15), xs.findIndex((x) => x > 15), xs.findLast((x) => x < 10), xs.findLastIndex((x) => x < 10));
console.log(xs.find((x) => x > 100), xs.findIndex((x) => x > 100), xs.findLast((x) => x > 100), xs.findLastIndex((x) => x > 100));
console.log(xs.some((x) => x > 40), xs.every((x) => x > 0), [1, 2].every((x) => x > 0), [].some((x) => x === 1));
const users = [{ id: 1, name: "a" }, { id: 2, name: "b" }, { id: 3, name: "c" }];
console.log(users.find((u) => u.id === 2), users.findIndex((u) => u.name === "c"), users.some((u) => u.id === 4));
console.log(["a", "b", "a"].indexOf("a", 1), ["a", "b", "a"].lastIndexOf("a", -2), "abcabc".lastIndexOf("c", 3));
