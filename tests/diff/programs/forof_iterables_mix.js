// for-of over arrays, strings, typed arrays and ranges, with destructuring and early return
function firstMatch(items, pred) {
  for (const it of items) {
    if (pred(it)) {
      return it;
    }
  }
  return undefined;
}
console.log(firstMatch([1, 5, 9], (x) => x > 4), firstMatch("hello", (c) => c > "h"), firstMatch(Uint8Array.of(3, 8), (x) => x > 5));
const out = [];
for (const [i, ch] of [..."añ😀"].map((c, k) => [k, c])) {
  out.push(`${i}${ch}`);
}
console.log(out);
let total = 0;
for (const x of Float32Array.of(0.5, 1.5)) {
  total += x;
}
for (const s of ["a", "b"]) {
  for (const t of s + "!") {
    total += t.length;
  }
}
console.log(total);
for (const [k, v] of Object.entries({ x: [1, 2], y: [] })) {
  console.log(k, v.length, [...v, ...v]);
}
