function ops(a, b) {
  return [a + b, a - b, a * b, a / b, a % b, a % 3, a < b, a <= b, a > b, a >= b, -a, a === b, a !== b];
}
function compound(a, b) {
  let x = a;
  x += b;
  let y = a;
  y -= b;
  let z = a;
  z *= b;
  return [x, y, z];
}
const values = [0, -0, 1, -2.5, NaN, Infinity, -Infinity, "3", "", "x", true, false, undefined, [2], [], { a: 1 }];
for (const a of values) {
  const row = [];
  for (const b of values) {
    row.push(JSON.stringify(ops(a, b)), JSON.stringify(compound(a, b)));
  }
  console.log(row.join(" "));
}
for (const a of values) {
  const o = { k: a };
  console.log(o.k, o["k"], [a][0], `${a}`, String(a), 1 / -a === -Infinity);
}
