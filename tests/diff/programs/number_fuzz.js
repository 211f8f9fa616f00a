// seeded random doubles through ToString, toFixed, toPrecision, toString(radix), JSON and Math.pow
function rng(seed) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    return (s >>> 0) / 4294967296;
  };
}
const r = rng(42);
const lines = [];
for (const i of Array.from({ length: 400 }, (_, k) => k)) {
  const e = Math.floor(r() * 80) - 40;
  const x = (r() + r() / 4294967296) * Math.pow(10, e) * (r() < 0.5 ? -1 : 1);
  const digits = Math.floor(r() * 21);
  const prec = 1 + Math.floor(r() * 21);
  const radix = 2 + Math.floor(r() * 35);
  lines.push(`${i} ${x} ${x.toFixed(digits)} ${x.toPrecision(prec)} ${x.toString(radix)} ${JSON.stringify([x])} ${Math.pow(2, e / 7)} ${Math.pow(x, 1.5)}`);
}
console.log(lines.join("\n"));
