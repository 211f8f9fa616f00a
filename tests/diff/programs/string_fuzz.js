// seeded random strings (quotes, controls, non-ASCII, surrogates) through string methods, JSON and inspect
function rng(seed) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) | 0;
    return (s >>> 0) / 4294967296;
  };
}
const r = rng(7);
const alphabet = ["a", "b", "Z", " ", "'", "\"", "`", "\\", "\n", "\t", "\u0000", "\u001b", "\u007f", "é", "ß", "€", "😀", "\ud800", "\udc00", "-", "$", "%s", "ﬁ", "İ"];
const pick = () => alphabet[Math.floor(r() * alphabet.length)];
const word = (n) => Array.from({ length: n }, pick).join("");
const rows = [];
for (const i of Array.from({ length: 150 }, (_, k) => k)) {
  const s = word(Math.floor(r() * 12));
  const t = word(1 + Math.floor(r() * 2));
  const a = Math.floor(r() * 14) - 2;
  const b = Math.floor(r() * 14) - 2;
  rows.push([
    i, s, s.length, s.slice(a, b), s.substring(a, b), s.indexOf(t), s.lastIndexOf(t), s.includes(t),
    s.split(t), s.replaceAll(t, "<$&>"), s.replace(t, (m, at) => `[${at}]`), s.padStart(14, t), s.padEnd(3, "."),
    s.toUpperCase(), s.toLowerCase(), s.trim(), s.at(a), s.charCodeAt(b), s.codePointAt(b), [...s].length,
    JSON.stringify(s), s.startsWith(t, a), s.endsWith(t, b), s.isWellFormed(), encodeURIComponent(s.toWellFormed()),
  ]);
}
for (const row of rows) {
  console.log(row);
}
console.log(JSON.stringify(rows.map((row) => row[1])));
console.log(rows.map((row) => row[1]).toSorted());
