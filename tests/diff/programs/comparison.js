// relational operators: numbers, strings by code units, mixed via ToNumber, arrays via ToPrimitive
console.log(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, -0 < 0, -0 <= 0, 0.1 + 0.2 > 0.3);
console.log("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z");
console.log("10" < "9", "10" < 9, 10 < "9", "2" > 1, "abc" < 1, "abc" > 1);
console.log([2] > 1, [10] < [9], [1, 2] < "1,3", [] < 1, [] >= 0);
console.log(NaN < 1, NaN > 1, NaN <= NaN, undefined < 1, undefined >= 0, Infinity > 1e308);
console.log(true > false, true >= 1, false < 0.5, "true" > true);
console.log("😀" > "\uffff", "\ud83d" < "\ud83e", "a\u0000" > "a");
const sorted = ["b", "a", "C", "aa", "A", "10", "9", "_"];
console.log(sorted.toSorted((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
