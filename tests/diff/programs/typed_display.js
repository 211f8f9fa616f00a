// typed arrays in console output, JSON, String(), templates, for-of and out-of-range access
const t8 = Uint8Array.of(1, 2, 3);
const f64 = Float64Array.of(0.5, -0, NaN, 1e21);
console.log(t8, f64, Int32Array.of(), Float32Array.of(0.1));
console.log([t8], { t: t8, f: Float32Array.of(1.5) });
console.log(JSON.stringify(t8), JSON.stringify({ f: f64 }), JSON.stringify([Int8Array.of(-1)]));
console.log(String(t8), `${f64}`, t8 + "", Int8Array.of(-5) + 1);
console.log(t8[3], t8[-1], t8[1.5], t8["1"], t8.length);
t8[10] = 5;
t8[-1] = 5;
console.log(t8, t8.length);
let sum = 0;
for (const x of Int16Array.of(10, 20, 30)) {
  sum += x;
}
console.log(sum, typeof t8, Object.keys(Uint8Array.of(9, 8)));
const big = Uint8Array.from(Array.from({ length: 30 }, (_, i) => i * 7));
console.log(big);
console.log(Float64Array.from(Array.from({ length: 8 }, (_, i) => i / 3)));
