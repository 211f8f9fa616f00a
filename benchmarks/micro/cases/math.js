// Math: one op = floor, sqrt, sin, max, abs, pow, round and hypot
function bench(n) {
  let acc = 0;
  for (const i of range(n)) {
    const x = i * 0.001;
    acc += Math.floor(x) + Math.sqrt(x) + Math.sin(x) + Math.max(x, 0.5, -1) + Math.abs(-x);
    acc += Math.pow(1.0001, i % 50) + Math.round(x * 3) + Math.hypot(3, i % 4);
  }
  return Math.round(acc);
}
