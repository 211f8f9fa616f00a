// array methods: one op = map, filter, reduce, push, indexOf and slice over a 10-element array
function bench(n) {
  const base = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0];
  let acc = 0;
  for (const i of range(n)) {
    const doubled = base.map((x) => x * 2 + (i % 3));
    const big = doubled.filter((x) => x > 8);
    const sum = big.reduce((a, b) => a + b, 0);
    big.push(sum);
    acc += sum + big.indexOf(sum) + base.slice(2, 5).length;
  }
  return acc;
}
