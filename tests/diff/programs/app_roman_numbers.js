// number conversions: Roman numerals both ways, English number words, ordinal suffixes
const ROMAN = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"],
  [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
function toRoman(n) {
  let rest = n;
  let out = "";
  for (const [value, sym] of ROMAN) {
    const times = Math.floor(rest / value);
    out += sym.repeat(times);
    rest -= times * value;
  }
  return out;
}
function fromRoman(s) {
  const map = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  return [...s].reduce((acc, ch, i, arr) => {
    const v = map[ch];
    const next = map[arr[i + 1]] ?? 0;
    return acc + (v < next ? -v : v);
  }, 0);
}
const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
function words(n) {
  if (n < 20) {
    return ONES[n];
  }
  if (n < 100) {
    return TENS[Math.floor(n / 10)] + (n % 10 === 0 ? "" : "-" + ONES[n % 10]);
  }
  if (n < 1000) {
    return ONES[Math.floor(n / 100)] + " hundred" + (n % 100 === 0 ? "" : " and " + words(n % 100));
  }
  return words(Math.floor(n / 1000)) + " thousand" + (n % 1000 === 0 ? "" : " " + words(n % 1000));
}
function ordinal(n) {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return n + (s[(v - 20) % 10] ?? s[v] ?? s[0]);
}
for (const n of [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]) {
  console.log(n, toRoman(n), fromRoman(toRoman(n)), words(n), ordinal(n));
}
console.log([11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal).join(" "));
