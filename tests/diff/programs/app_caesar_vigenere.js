// classical ciphers: Caesar and Vigenère on letters (case kept, other characters untouched), round trips
const A = "a".charCodeAt(0);
function shiftChar(ch, k) {
  const lower = ch.toLowerCase();
  if (lower < "a" || lower > "z" || lower.length !== 1) {
    return ch;
  }
  const out = String.fromCharCode(((((lower.charCodeAt(0) - A + k) % 26) + 26) % 26) + A);
  return ch === lower ? out : out.toUpperCase();
}
const caesar = (s, k) => [...s].map((c) => shiftChar(c, k)).join("");
function vigenere(s, key, dir) {
  const shifts = [...key.toLowerCase()].map((c) => c.charCodeAt(0) - A);
  let i = 0;
  return [...s].map((c) => {
    const lower = c.toLowerCase();
    if (lower >= "a" && lower <= "z") {
      const k = shifts[i % shifts.length] * dir;
      i += 1;
      return shiftChar(c, k);
    }
    return c;
  }).join("");
}
const msg = "Attack at Dawn! Zebra-crossing, ÄÖ 😀 xyz";
for (const k of [1, 3, 13, 25, -1, 52]) {
  const enc = caesar(msg, k);
  console.log(String(k).padStart(3), enc, caesar(enc, -k) === msg);
}
const v = vigenere(msg, "Lemon", 1);
console.log(v, vigenere(v, "Lemon", -1) === msg);
