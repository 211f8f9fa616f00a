// run-length encoding and decoding of strings with astral characters and digits
function encode(s) {
  const out = [];
  for (const ch of s) {
    const last = out.at(-1);
    if (last !== undefined && last.ch === ch) {
      last.n += 1;
    } else {
      out.push({ ch, n: 1 });
    }
  }
  return out.map(({ ch, n }) => `${n}${ch === "\\" || (ch >= "0" && ch <= "9") ? "\\" + ch : ch}`).join("");
}
function decode(s) {
  let out = "";
  let count = "";
  let escaped = false;
  for (const ch of s) {
    if (!escaped && ch >= "0" && ch <= "9") {
      count += ch;
    } else if (!escaped && ch === "\\") {
      escaped = true;
    } else {
      out += ch.repeat(Number(count));
      count = "";
      escaped = false;
    }
  }
  return out;
}
for (const s of ["aaabccdddd", "", "abc", "😀😀😀x", "1112223\\\\", "zzzzzzzzzzzz"]) {
  const e = encode(s);
  console.log(JSON.stringify(s), e, decode(e) === s);
}
