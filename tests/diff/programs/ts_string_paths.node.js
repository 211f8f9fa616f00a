// typed strings: concatenation, comparison by UTF-16 code units, length and indexing of astral text
// range() as zigttp defines it (a re-iterable sequence of numbers)
function range(a, b, c) {
  const start = b === undefined ? 0 : a;
  const end = b === undefined ? a : b;
  const step = c === undefined ? 1 : c;
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}
function join(parts, sep) {
  let out = "";
  for (const p of parts) {
    out = out.length === 0 ? p : out + sep + p;
  }
  return out;
}
console.log(join(["a", "b", "c"], ", "), join([], "-"), join(["😀", "x"], "|"));
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
const words = ["b", "a", "B", "é", "e", "😀", "\uffff", "aa", "", "Z"];
console.log(words.toSorted(cmp), words.map((w) => w.length));
let s = "";
for (const i of range(5)) {
  s += String(i);
  s += i % 2 === 0 ? "e" : "o";
}
console.log(s, s.length, s[3], s.at(-1), s.slice(2, 6), s.indexOf("3"));
const astral = "a😀b";
console.log(astral.length, astral[1] === "\ud83d", astral.charCodeAt(2), astral.codePointAt(1), [...astral].length);
const name = "World";
const greeting = `Hello, ${name}! ${name.length} ${name > "Apple"} ${name < "world"}`;
console.log(greeting, greeting.toUpperCase(), greeting.split(" ").length);
function repeatPad(x, n) {
  return x.repeat(n).padStart(n * x.length + 2, "*");
}
console.log(repeatPad("ab", 3), repeatPad("", 4), repeatPad("😀", 2));
let num = "1";
num += 2;
num += 3.5;
console.log(num, typeof num, num + 1, num - 1);
