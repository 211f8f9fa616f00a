// console.log of long arrays: grouping beyond 6 items, 80-column breaking, 100-item limit
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 30 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.log(Array.from({ length: 27 }, (_, i) => i ** 3));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 101 }, (_, i) => "s" + i));
console.log(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew"]);
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i)));
console.log(Array.from({ length: 8 }, (_, i) => ({ i })));
console.log([1.5, -2.25, 3, 100000, -0, NaN, 7, 8, 9, 10]);
console.log({ list: Array.from({ length: 40 }, (_, i) => i % 7), other: "x" });
console.log([[1, 2, 3, 4, 5, 6, 7, 8], ["a", "b", "c", "d", "e", "f", "g"]]);
console.log(Array.from({ length: 10 }, (_, i) => "a".repeat(i)));
