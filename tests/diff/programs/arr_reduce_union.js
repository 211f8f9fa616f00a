// methods called on arrays whose element type is a union of array types ([] next to number arrays)
const lists = [[1, 2], [3], []];
console.log(lists.map((xs) => xs.reduce((p, q) => p + q, 0)));
const mixed = [[1], ["x"]];
console.log(mixed.map((xs) => xs.reduce((p, q) => p + q, "")));
console.log(lists.map((xs) => xs.map((x) => x * 2)), lists.flat().length);
