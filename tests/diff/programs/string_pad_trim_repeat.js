// padStart/padEnd with long and empty fillers, trim variants with Unicode whitespace, repeat edge cases
const s = "42";
console.log(s.padStart(5), s.padStart(5, "0"), s.padStart(7, "abc"), s.padStart(1, "x"), s.padStart(5, ""), s.padStart(-1));
console.log(s.padEnd(5, "-="), s.padEnd(6, "😀").length, s.padEnd(2.9, "x"), s.padEnd(NaN, "x"), s.padEnd(4, undefined) + "|");
const ws = "\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const padded = ws + "core" + ws;
console.log(JSON.stringify(padded.trim()), padded.trimStart().length, padded.trimEnd().length, "\u200b x \u200b".trim().length);
console.log("ab".repeat(0) === "", "ab".repeat(3), "".repeat(100).length, "x".repeat(2.9), "-".repeat("3"));
console.log(["  a  ", "\n\nb", "c\t"].map((x) => `[${x.trim()}][${x.trimStart()}][${x.trimEnd()}]`).join(" "));
const table = [["name", "qty"], ["apple", 3], ["kiwi", 12]];
for (const [n, q] of table) {
  console.log(`${String(n).padEnd(8, ".")}${String(q).padStart(5)}`);
}
