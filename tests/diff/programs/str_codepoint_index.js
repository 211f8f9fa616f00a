// mapping between code-point positions and UTF-16 indices, reversing strings safely, counting characters
const s = "a😀b\u0301c😀😀d";
const points = [...s];
const pos = { utf16: 0 };
const map = points.map((p, i) => {
  const at = pos.utf16;
  pos.utf16 += p.length;
  return `${i}->${at}`;
});
console.log(points.length, s.length, map.join(" "));
console.log(points.toReversed().join(""), s.split("").reverse().join("").length, [...points.toReversed().join("")].length);
const counts = {};
for (const ch of s) {
  counts[ch] = (counts[ch] ?? 0) + 1;
}
console.log(counts);
console.log(s.codePointAt(1), s.codePointAt(2), s.at(1) + s.at(2) === "😀", String.fromCodePoint(...points.map((p) => p.codePointAt(0))) === s);
