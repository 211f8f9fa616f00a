// join / concat / flat / flatMap / reverse / fill / push / pop / shift / unshift / at / from / of
const a = [1, 2, 3];
console.log(a.join(), a.join(""), a.join(" - "), [undefined, 1, [2, 3]].join(";"), [].join());
console.log(a.concat(4, [5, 6], [[7]]), a, [].concat([]), a.concat());
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity));
console.log(["a b", "c"].flatMap((s) => s.split(" ")), [1, 2].flatMap((x) => [x, [x * 10]]));
const r = [1, 2, 3];
console.log(r.reverse(), r, [1, 2, 3].toReversed());
console.log([0, 0, 0, 0].fill(7), [0, 0, 0, 0].fill(7, 1, 3), [0, 0, 0].fill(1, -1));
const s = [];
console.log(s.push(1, 2), s.unshift(0), s.pop(), s.shift(), s, [].pop(), [].shift());
console.log(a.at(-1), a.at(5), Array.isArray(a), Array.isArray("a"), Array.isArray({ length: 0 }));
console.log(Array.from("abc"), Array.from([1, 2], (x, i) => x + i), Array.from({ length: 3 }), Array.of(7, 8));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 2), String([1, [2, 3]]));
console.log(a.toString(), [[1, 2], [3]].toString(), Array.from({ length: 2, 0: "x", 1: "y" }));
