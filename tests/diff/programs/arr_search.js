// array search: includes (SameValueZero), indexOf/lastIndexOf with fromIndex, find family, some/every
const xs = [1, 2, NaN, -0, "1", undefined, 2, [1]];
console.log(xs.includes(NaN), xs.indexOf(NaN), xs.includes(0), xs.indexOf(0), xs.includes("2"), xs.includes(undefined));
console.log(xs.indexOf(2), xs.indexOf(2, 2), xs.indexOf(2, -2), xs.indexOf(2, 100), xs.lastIndexOf(2), xs.lastIndexOf(2, 5), xs.lastIndexOf(2, -3));
console.log(xs.includes(1, 1), xs.includes(1, -8), xs.indexOf([1]), xs.lastIndexOf(undefined), [].indexOf(undefined), [undefined].includes(undefined));
const people = [{ n: "a", age: 30 }, { n: "b", age: 20 }, { n: "c", age: 30 }];
console.log(people.find((p) => p.age === 30), people.findLast((p) => p.age === 30), people.find((p) => p.age > 99));
console.log(people.findIndex((p) => p.age === 30), people.findLastIndex((p) => p.age === 30), people.findIndex((p) => p.n === "z"));
console.log(people.some((p) => p.age < 25), people.every((p) => p.age >= 20), [].some((x) => x === 1), [].every((x) => x === 1));
const seen = [];
[5, 6, 7].find((v, i, arr) => {
  seen.push(`${v}@${i}/${arr.length}`);
  return v === 6;
});
console.log(seen);
console.log([1, 2, 3].filter((x, i) => i !== 1), [1, 2, 3].filter((x) => x > 5), ["a", "", "b"].filter((s) => s.length > 0));
