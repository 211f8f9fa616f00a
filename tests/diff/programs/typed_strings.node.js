// Node twin of typed_strings.ts: the same program without type annotations
// concatenation with numbers, lengths and indexing in code units
const a= "😀";
const b= "\uffff";
const words= ["b", "a", "😀", "\uffff", "é", "Z", "10", "9"];
function less(x, y) {
  return x < y;
}
function join(parts, sep = ",") {
  let out= "";
  for (const [i, p] of parts.map((v, k) => [k, v])) {
    out += (i > 0 ? sep : "") + p;
  }
  return out;
}
console.log(a < b, less(a, b), a.length, b.length, a + b === "😀\uffff", a > "z");
console.log(words.toSorted().join(" "), words.toSorted((x, y) => (x < y ? 1 : x > y ? -1 : 0)).join(" "));
console.log(join(words), join(words, " | "), join([]));
const n = 3;
const s= "x";
console.log(s + n, n + s, s + n * 2, `${s}${n}`, s.repeat(n), s.padStart(n + 2, "-"));
function initials(names) {
  return names.map((name) => name[0].toUpperCase()).join("");
}
console.log(initials(["ada", "grace", "édith", "ßigma"]));
const counts= {};
for (const ch of "mississippi") {
  counts[ch] = (counts[ch] ?? 0) + 1;
}
console.log(counts, Object.keys(counts).join("") < "mps");
