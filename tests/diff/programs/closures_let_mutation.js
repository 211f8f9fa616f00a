// closures see later writes to the binding they captured (per iteration for for-of)
const fns = [];
for (let v of [1, 2, 3]) {
  fns.push(() => v);
  v *= 100;
}
console.log(fns.map((f) => f()));
function counterPair() {
  let count = 0;
  const inc = () => {
    count += 1;
    return count;
  };
  const read = () => count;
  return [inc, read];
}
const [inc, read] = counterPair();
inc();
inc();
console.log(read(), inc(), read());
function late() {
  const getter = () => value;
  const value = "assigned after closure creation";
  return getter();
}
console.log(late());
const blocks = [];
{
  let shared = "one";
  blocks.push(() => shared);
  shared = "two";
}
console.log(blocks[0]());
function accumulate(xs) {
  let total = 0;
  xs.forEach((x) => {
    total += x;
  });
  return total;
}
console.log(accumulate([1, 2, 3, 4]));
