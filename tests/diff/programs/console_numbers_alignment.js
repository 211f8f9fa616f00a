// grouped arrays of numbers are right-aligned, mixed arrays left-aligned; negative zero and big numbers
console.log(Array.from({ length: 20 }, (_, i) => i ** 3));
console.log(Array.from({ length: 12 }, (_, i) => (i - 6) * 1.25));
console.log(Array.from({ length: 15 }, (_, i) => (i % 2 === 0 ? i : `s${i}`)));
console.log([-0, 0, 1e21, 1e-7, NaN, -Infinity, 123456789, 0.1, 2 ** 53, -1]);
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 7 }, (_, i) => "x".repeat(i * 3)));
console.log([1, 2, 3].map(String), [true, false, undefined, true, false, undefined, true]);
