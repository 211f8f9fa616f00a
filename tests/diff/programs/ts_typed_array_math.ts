// numeric kernels over typed arrays with typed locals: prefix sums, histogram, dot product, clamping
function prefixSums(src: Float64Array): Float64Array {
  const out: Float64Array = Float64Array.from(src);
  let run: number = 0;
  for (const i of range(src.length)) {
    run += src[i];
    out[i] = run;
  }
  return out;
}
const data: Float64Array = Float64Array.from([0.5, 1.25, -3, 1e-9, 4]);
console.log(prefixSums(data));
function histogram(values: number[], buckets: number): Uint32Array {
  const h: Uint32Array = Uint32Array.from(range(buckets)).fill(0);
  for (const v of values) {
    const b: number = Math.min(buckets - 1, Math.floor(v * buckets));
    h[b] += 1;
  }
  return h;
}
console.log(histogram([0, 0.1, 0.25, 0.5, 0.75, 0.99, 1, 0.3333], 4));
function dot(a: Float32Array, b: Float32Array): number {
  let s: number = 0;
  for (const i of range(a.length)) {
    s += a[i] * b[i];
  }
  return s;
}
console.log(dot(Float32Array.from([0.1, 0.2, 0.3]), Float32Array.from([1, 2, 3])));
const bytes: Uint8Array = Uint8Array.from([10, 200, 255]);
for (const i of range(bytes.length)) {
  bytes[i] = bytes[i] + 100;
}
console.log(bytes, bytes[5]);
const signed: Int8Array = Int8Array.from([100, -100]);
signed[0] *= 2;
signed[1] -= 100;
console.log(signed);
let checksum: number = 0;
for (const b of Uint8Array.from(range(250, 260))) {
  checksum = (checksum * 31 + b) % 65521;
}
console.log(checksum);
