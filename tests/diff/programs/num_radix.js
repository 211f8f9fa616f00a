// toString(radix) for integers, fractions, negatives, large values; parseInt back with the same radix
const xs = [0, 1, -1, 255, -255, 3.5, -3.75, 0.1, 1 / 3, 2 ** 53, 2 ** 60, 1e21, 123.456, 1e-7, 0.5, 4095.9375];
for (const r of [2, 3, 8, 16, 32, 36]) {
  console.log(r, xs.map((x) => x.toString(r)).join(" "));
}
console.log((255).toString(), (255).toString(10), (255).toString(undefined), (NaN).toString(2), (-Infinity).toString(16));
console.log([35, 36, 1295, 46655].map((n) => n.toString(36)), (0.000001).toString(2).length);
console.log(["ff", "FF", "-ff", "zz", "1010", "777", "0x1f"].map((s) => [parseInt(s, 16), parseInt(s, 36), parseInt(s, 2), parseInt(s, 8)]));
console.log((-0).toString(2), (2 ** -20).toString(16), (1e300).toString(36).length, (Math.PI).toString(7));
