// numeric kernels over typed arrays with typed locals: prefix sums, histogram, dot product, clamping
// range() as zigttp defines it (a re-iterable sequence of numbers)
function range(a, b, c) {
  const start = b === undefined ? 0 : a;
  const end = b === undefined ? a : b;
  const step = c === undefined ? 1 : c;
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}
function prefixSums(src) {
  const out = Float64Array.from(src);
  let run = 0;
  for (const i of range(src.length)) {
    run += src[i];
    out[i] = run;
  }
  return out;
}
const data = Float64Array.from([0.5, 1.25, -3, 1e-9, 4]);
console.log(prefixSums(data));
function histogram(values, buckets) {
  const h = Uint32Array.from(range(buckets)).fill(0);
  for (const v of values) {
    const b = Math.min(buckets - 1, Math.floor(v * buckets));
    h[b] += 1;
  }
  return h;
}
console.log(histogram([0, 0.1, 0.25, 0.5, 0.75, 0.99, 1, 0.3333], 4));
function dot(a, b) {
  let s = 0;
  for (const i of range(a.length)) {
    s += a[i] * b[i];
  }
  return s;
}
console.log(dot(Float32Array.from([0.1, 0.2, 0.3]), Float32Array.from([1, 2, 3])));
const bytes = Uint8Array.from([10, 200, 255]);
for (const i of range(bytes.length)) {
  bytes[i] = bytes[i] + 100;
}
console.log(bytes, bytes[5]);
const signed = Int8Array.from([100, -100]);
signed[0] *= 2;
signed[1] -= 100;
console.log(signed);
let checksum = 0;
for (const b of Uint8Array.from(range(250, 260))) {
  checksum = (checksum * 31 + b) % 65521;
}
console.log(checksum);
