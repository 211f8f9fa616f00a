// array patterns over typed arrays (any iterable may be destructured, SPEC 3.8)
const [t0, , t2, ...trest] = Uint8Array.from([1, 2, 3, 4, 5]);
console.log(t0, t2, trest, Array.isArray(trest));
const [f64] = Float64Array.of(1.5, 2.5);
console.log(f64);
const [i8a = 9, i8b = 9] = Int8Array.of(-1);
console.log(i8a, i8b);
for (const [x, y] of [Int16Array.of(1, 2), Int16Array.of(3)]) {
  console.log(x, y);
}
