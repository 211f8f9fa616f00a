// ToString of numbers across exponents from 1e-10 to 1e25 with 1, 2 and 17 significant digits
const rows = [];
for (const e of Array.from({ length: 36 }, (_, i) => i - 10)) {
  const base = 10 ** e;
  rows.push([e, base, 1.5 * base, 1.2345678901234567 * base, -7 * base].map(String).join(" "));
}
console.log(rows.join("\n"));
console.log([123e-20, 1e-6, 9.999999999999999e-7, 1e21 - 65536, 1e21 + 131072, 999999999999999900000].map(String));
