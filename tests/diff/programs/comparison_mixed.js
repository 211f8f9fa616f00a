// relational comparisons between mixed types: strings vs numbers, arrays via ToPrimitive, undefined and NaN
const values = [0, 1, "1", "01", "a", "", " ", [], [1], [1, 2], undefined, NaN, true, false, "true", -Infinity];
for (const a of values.slice(0, 8)) {
  console.log(JSON.stringify(a), values.map((b) => (a < b ? "<" : a > b ? ">" : a <= b && a >= b ? "=" : "?")).join(""));
}
console.log("10" < "9", 10 < 9, "10" < 9, "abc" < "abd", "Z" < "a", "é" > "z", [2] > [10], [2] > 10);
