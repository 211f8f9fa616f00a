// arithmetic: one op = 4 float multiplications/additions, a division, a modulo and a comparison
function bench(n) {
  let acc = 0;
  let x = 1.5;
  for (const i of range(n)) {
    x = x * 1.000001 + 0.5;
    acc += (i % 7) * 3 - x / (i + 1);
    if (acc > 1e9) {
      acc = 0;
    }
  }
  return Math.round(acc * 1000) / 1000;
}
