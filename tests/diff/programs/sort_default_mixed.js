// the default sort order compares ToString values by UTF-16 code units, undefined last
const mixed = [10, 9, 1, "10", "9", "a", "B", true, false, undefined, [2], [1, 1], -1, -0, 0, NaN, Infinity, "😀", "\uffff"];
console.log(mixed.toSorted().map((v) => (v === 0 && 1 / v < 0 ? "-0" : String(v))).join(" "));
console.log([3, 20, 100, 1e21, 1e-7, 0.5].toSorted(), ["b", "a", "B", "A", "ä", "a1", "a10", "a2"].toSorted());
const stable = Array.from({ length: 20 }, (_, i) => ({ k: i % 3, i }));
console.log(stable.toSorted((x, y) => x.k - y.k).map((o) => o.i).join(","));
