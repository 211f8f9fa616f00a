// sort / toSorted: default order compares strings by code units, comparators, stability
console.log([10, 9, 1, 100, 25, -3].sort(), [10, 9, 1, 100, 25, -3].sort((a, b) => a - b));
console.log(["b", "a", "C", "B", "é", "e", "Z", "10", "9"].sort());
console.log([3, undefined, 1, undefined, 2].sort(), [true, false, true].sort());
const people = [
  { name: "ann", age: 30 }, { name: "bob", age: 25 }, { name: "cat", age: 30 },
  { name: "dan", age: 25 }, { name: "eve", age: 35 }, { name: "fay", age: 25 },
];
const byAge = people.toSorted((a, b) => a.age - b.age);
console.log(byAge.map((p) => `${p.name}:${p.age}`).join(" "), people[0].name);
const byAgeDescThenName = people.toSorted((a, b) => (a.age !== b.age ? b.age - a.age : a.name < b.name ? -1 : 1));
console.log(byAgeDescThenName.map((p) => p.name).join(","));
const arr = [5, 1, 4];
const ret = arr.sort((a, b) => b - a);
console.log(ret === arr, arr);
console.log([0.5, -0.5, 1e-7, 1e21, 3].sort(), [1, 2, 3].sort(() => 0));
console.log(["x10", "x9", "x1"].sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1))));
console.log(Array.from({ length: 20 }, (_, i) => (i * 7) % 20).sort((a, b) => (a % 3) - (b % 3)));
