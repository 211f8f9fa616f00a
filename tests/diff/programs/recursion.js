// recursion: fibonacci, factorial, tree walks, mutual recursion and moderately deep calls
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log([0, 1, 2, 10, 20].map(fib));
const fact = (n) => (n <= 1 ? 1 : n * fact(n - 1));
console.log(fact(5), fact(20), fact(25), fact(170), fact(171));
const tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [{ v: 5, kids: [] }, { v: 6, kids: [] }] }] };
function sum(node) {
  return node.kids.reduce((acc, k) => acc + sum(k), node.v);
}
function depth(node) {
  return 1 + Math.max(0, ...node.kids.map(depth));
}
function paths(node, prefix) {
  const here = [...prefix, node.v];
  return node.kids.length === 0 ? [here.join("/")] : node.kids.flatMap((k) => paths(k, here));
}
console.log(sum(tree), depth(tree), paths(tree, []));
function countDown(n) {
  return n === 0 ? 0 : 1 + countDown(n - 1);
}
console.log(countDown(500));
function flatten(value) {
  return Array.isArray(value) ? value.flatMap(flatten) : [value];
}
console.log(flatten([1, [2, [3, [4, [5, [6]]]]], 7]));
const hanoi = (n, from, to, via) => (n === 0 ? [] : [...hanoi(n - 1, from, via, to), `${from}->${to}`, ...hanoi(n - 1, via, to, from)]);
console.log(hanoi(3, "A", "C", "B").join(" "));
