// string methods: one op = slice, indexOf, toUpperCase, includes, split, trim and padStart on short text
const TEXT = "  The Quick Brown Fox jumps over the lazy dog; 42 times  ";
function bench(n) {
  let total = 0;
  for (const i of range(n)) {
    const t = TEXT.trim();
    const word = t.slice(4, 9).toUpperCase();
    const at = t.indexOf("fox") + t.indexOf("jumps");
    const parts = t.split(" ");
    total += word.length + at + parts.length + (t.includes("lazy") ? 1 : 0) + String(i % 100).padStart(4, "0").length;
  }
  return total;
}
