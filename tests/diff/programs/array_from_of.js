// Array.from and Array.of: iterables, array-likes, map functions with indices, strings by code point
console.log(Array.from("héllo😀"), Array.from([1, 2], (x, i) => x * 10 + i), Array.from({ length: 3 }));
console.log(Array.from({ length: 4 }, (_, i) => i * i), Array.from({ 0: "a", 1: "b", length: 2 }), Array.from({}));
console.log(Array.from(Uint8Array.of(1, 2, 3)), Array.from(Array.from("ab")), Array.from([]).length);
console.log(Array.of(), Array.of(7), Array.of(1, "2", [3]), Array.of(undefined).length);
const grid = Array.from({ length: 3 }, (_, r) => Array.from({ length: 3 }, (__, c) => r * 3 + c));
console.log(grid, grid.flat().length);
console.log(Array.from("abc", (ch, i) => ch.repeat(i + 1)), Array.from({ length: 2, 5: "ignored" }));
console.log(Array.isArray(Array.from("x")), Array.isArray(Uint8Array.of()), Array.isArray("abc"), Array.isArray({ length: 0 }));
