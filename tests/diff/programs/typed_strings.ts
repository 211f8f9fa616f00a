// typed string operations take the code generator's string fast paths: comparison by UTF-16 code units,
// concatenation with numbers, lengths and indexing in code units
const a: string = "😀";
const b: string = "\uffff";
const words: string[] = ["b", "a", "😀", "\uffff", "é", "Z", "10", "9"];
function less(x: string, y: string): boolean {
  return x < y;
}
function join(parts: string[], sep: string = ","): string {
  let out: string = "";
  for (const [i, p] of parts.map((v: string, k: number): [number, string] => [k, v])) {
    out += (i > 0 ? sep : "") + p;
  }
  return out;
}
console.log(a < b, less(a, b), a.length, b.length, a + b === "😀\uffff", a > "z");
console.log(words.toSorted().join(" "), words.toSorted((x: string, y: string): number => (x < y ? 1 : x > y ? -1 : 0)).join(" "));
console.log(join(words), join(words, " | "), join([]));
const n: number = 3;
const s: string = "x";
console.log(s + n, n + s, s + n * 2, `${s}${n}`, s.repeat(n), s.padStart(n + 2, "-"));
function initials(names: string[]): string {
  return names.map((name: string): string => name[0].toUpperCase()).join("");
}
console.log(initials(["ada", "grace", "édith", "ßigma"]));
const counts: Record<string, number> = {};
for (const ch of "mississippi") {
  counts[ch] = (counts[ch] ?? 0) + 1;
}
console.log(counts, Object.keys(counts).join("") < "mps");
