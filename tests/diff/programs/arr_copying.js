// non-mutating array methods: slice/concat/flat/flatMap/toReversed/toSorted/toSpliced/with/at/join
const a = [1, [2, [3, [4, [5]]]], "s"];
console.log(a.flat(), a.flat(2), a.flat(Infinity), a.flat(0), a.flat(-1), [[]].flat(), [[[]]].flat(Infinity));
console.log([1, 2, 3].flatMap((x) => [x, x * 10]), [1, 2].flatMap((x) => [[x]]), ["a b", "c"].flatMap((s) => s.split(" ")));
console.log([1, 2].concat(3, [4, 5], [[6]]), [].concat(), [1].concat("ab", undefined), a.concat(a).length);
const base = [5, 1, 4, 2, 3];
console.log(base.toSorted(), base.toReversed(), base.toSpliced(1, 2, "x"), base.with(0, "w"), base.with(-1, "last"), base);
console.log(base.slice(), base.slice(2), base.slice(-2), base.slice(1, -1), base.slice(3, 1), base.slice(1.7, 3.2));
console.log(base.at(0), base.at(-1), base.at(5), base.at(-6), base.at(1.5), base.at("2"));
console.log([1, undefined, 3].join(), [[1, 2], [3]].join(";"), [1, 2].join(undefined), ["a"].join("--"), [].join("x"));
console.log([1, 2, 3].toString(), String([1, [2, [3]]]), [undefined, "x"].toString());
console.log([3, 20, 100].toSorted(), [3, 20, 100].toSorted((x, y) => x - y), ["b", undefined, "a"].toSorted());
console.log(base.toSpliced(2), base.toSpliced(-1, 1), base.toSpliced(0, 0, 9, 8));
