// typed arrays (zigttp factories without new; the Node twin uses new)
const u8 = Uint8Array([1, 2, 300, -1, 3.7, NaN]);
console.log(u8, u8.length, u8[2], u8[10]);
const f32 = Float32Array.of(0.1, 1.5, 1e40);
console.log(f32, f32[0]);
const i16 = Int16Array(4);
i16[0] = 40000;
i16[1] = -40000;
i16[9] = 5;
console.log(i16, Array.from(i16), [...i16].map((x) => x * 2));
const f64 = Float64Array.from([1, 2, 3]);
console.log(f64.map((x) => x / 2), f64.reduce((a, b) => a + b), f64.join("-"));
const view = u8.subarray(1, 3);
view[0] = 99;
console.log(u8, view, u8.slice(0, 2));
const filled = Int32Array(5).fill(7, 1, 3);
filled.set([1, 2], 3);
console.log(filled, JSON.stringify(Uint8Array([5, 6])), String(Uint8Array([5, 6])));
console.log(Uint32Array([-1]), Int8Array([127, 128, 255]), Uint16Array(0));
console.log(typeof u8, Array.isArray(u8), { data: Uint8Array([1, 2, 3]) });
let total = 0;
for (const x of Uint8Array([10, 20, 30])) {
  total += x;
}
console.log(total, Float64Array(3));
