// typed-array element conversion: integer wrap-around, NaN/Infinity store 0, float32 rounding, strings
const inputs = [0, 1, -1, 127, 128, 255, 256, -129, 65535, 65536, 2 ** 31, -(2 ** 31) - 1, 2 ** 32 + 3,
  1.9, -1.9, 0.5, -0.5, NaN, Infinity, -Infinity, -0, 1e20, "42", "0x10", "abc", true, undefined];
for (const T of [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array]) {
  console.log(T.from(inputs).join(" "));
}
console.log(Float32Array.from([0.1, 1 / 3, 16777217, 3.4e38, 3.5e38, 1e-46, -0, NaN, 2 ** -149]).join(" "));
console.log(Float64Array.from([0.1, 1 / 3, 16777217, 3.5e38, -0, NaN]).join(" "));
const f = Float32Array.of(0.1);
console.log(f[0], f[0] === 0.1, Math.fround(0.1) === f[0]);
const u = Uint8Array.of(250);
u[0] += 10;
console.log(u[0]);
u[0] = -1;
console.log(u[0]);
u[0] = 3.99;
console.log(u[0]);
const i32 = Int32Array.of(2147483647);
i32[0] += 1;
console.log(i32[0]);
const neg0 = Float64Array.of(-0);
console.log(neg0[0], 1 / neg0[0], [neg0[0]]);
