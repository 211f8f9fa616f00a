// JSON.stringify with every kind of indent argument on a small nested value
const value = { a: [1, { b: [] }, {}], c: "x" };
const INDENTS = [undefined, 0, 1, 2.9, -5, 10, 11, 100, "", "\t", "--", "abcdefghijklmn", true, [4], NaN, Infinity];
for (const ind of INDENTS) {
  console.log(String(JSON.stringify(ind)).padEnd(17), JSON.stringify(JSON.stringify(value, undefined, ind)));
}
