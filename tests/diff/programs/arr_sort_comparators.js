// sort comparators: non-numeric results converted with ToNumber, stability, undefined last, mixed types
const nums = [10, 9, 1, 100, 25, -3, 0, -0, 2.5];
console.log(nums.toSorted(), nums.toSorted((a, b) => a - b), nums.toSorted((a, b) => b - a));
const recs = [{ k: 2, id: "a" }, { k: 1, id: "b" }, { k: 2, id: "c" }, { k: 1, id: "d" }, { k: 0, id: "e" }];
console.log(recs.toSorted((x, y) => x.k - y.k).map((r) => r.id).join(""));
console.log(recs.toSorted((x, y) => y.k - x.k).map((r) => r.id).join(""));
console.log(recs.toSorted((x, y) => (x.k > y.k ? 1 : x.k < y.k ? -1 : 0)).map((r) => r.id).join(""));
console.log(recs.toSorted(() => 0).map((r) => r.id).join(""));
console.log([3, 1, 2].toSorted((a, b) => `${a - b}`), [3, 1, 2].toSorted((a, b) => (a > b ? "1" : "-1")));
console.log([3, 1, 2].toSorted((a, b) => (a < b ? true : false) === true ? -1 : 1));
console.log([undefined, 3, undefined, 1].toSorted(), [undefined, 3, 1].toSorted((a, b) => a - b));
console.log(["b", "a", "B", "A", "10", "9", "ä", "z"].toSorted(), [true, false, "true", 1, "1"].toSorted());
console.log([[2, "b"], [1, "a"], [2, "a"]].toSorted(), [[10], [9], [1, 1]].toSorted());
const words = ["delta", "Alpha", "charlie", "bravo", "Echo"];
console.log(words.toSorted((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
console.log(words.toSorted((a, b) => a.length !== b.length ? a.length - b.length : a < b ? -1 : 1));
console.log([5, 1, 4].sort((a, b) => NaN), [2, 1].sort((a, b) => Infinity), [1, 2, 3].sort((a, b) => -Infinity));
