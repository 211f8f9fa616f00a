// functions as values: stored in arrays and objects, compared by identity, passed and returned
const ops = { add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b };
const table = Object.entries(ops).map(([name, f]) => [name, f(6, 3), f.length, f.name]);
console.log(table);
const pipeline = [(x) => x + 1, (x) => x * 2, Math.sqrt, String];
console.log(pipeline.reduce((v, f) => f(v), 7), pipeline.map((f) => typeof f), pipeline.includes(String), pipeline.indexOf(Math.sqrt));
const same = ops.add;
console.log(same === ops.add, ops.add === ((a, b) => a + b), [ops.add].includes(same), typeof same(1, 2));
function applyN(f, n, x) {
  return n === 0 ? x : applyN(f, n - 1, f(x));
}
console.log(applyN((s) => s + "!", 3, "hey"), applyN(Math.floor, 2, 9.7), applyN((a) => [a], 2, 1));
