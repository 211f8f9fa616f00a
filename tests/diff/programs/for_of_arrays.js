// for-of over arrays, nested arrays and destructuring heads
const items = [3, 1, 4, 1, 5, 9, 2, 6];
let total = 0;
for (const n of items) {
  total += n;
}
console.log(total);
const grow = [1, 2, 3];
for (const n of grow) {
  if (n < 3) {
    grow.push(n * 10);
  }
}
console.log(grow);
for (const [name, age] of [["ann", 31], ["bob", 27]]) {
  console.log(`${name} is ${age}`);
}
for (const { id, tags = [] } of [{ id: 1, tags: ["x"] }, { id: 2 }]) {
  console.log(id, tags);
}
const matrix = [[1, 2], [3, 4], [5, 6]];
const flat = [];
for (const row of matrix) {
  for (const cell of row) {
    flat.push(cell);
  }
}
console.log(flat);
for (const x of []) {
  console.log("never", x);
}
