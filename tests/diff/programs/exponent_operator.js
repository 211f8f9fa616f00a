// the ** operator and **= give the same doubles as Math.pow (V8 rounds some powers of ten differently
// from a correctly rounded pow, e.g. 10 ** -39 is 1.0000000000000001e-39)
const rows = [];
for (const e of [-39, -37, -32, -30, -29, -24, -23, -21, -20, -5, -1, 0, 1, 5, 21, 22, 23, 30]) {
  rows.push([e, 10 ** e, Math.pow(10, e), 10 ** e === Math.pow(10, e), 2 ** (e / 7), 1.1 ** e]);
}
for (const row of rows) {
  console.log(row.join(" "));
}
let x = 10;
x **= -39;
console.log(x, x === Math.pow(10, -39), 0.5 ** 0.5, 3 ** 0.1, (-8) ** (1 / 3), 2 ** 1024, 2 ** -1075);
