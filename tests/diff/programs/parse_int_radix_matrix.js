// parseInt over strings and radixes, parseFloat over the same strings
const STRINGS = ["0", "10", "-10", "ff", "FF", "0x10", "0X1f", "z9", "1e3", "  12  ", "+7", "- 7", "0b11", "08", "9.99", "", "abc"];
const RADIXES = [undefined, 0, 2, 8, 10, 16, 36, 37, 1, "16", 16.9, -1];
for (const s of STRINGS) {
  console.log(JSON.stringify(s).padEnd(9), RADIXES.map((r) => String(parseInt(s, r))).join(" "), parseFloat(s));
}
