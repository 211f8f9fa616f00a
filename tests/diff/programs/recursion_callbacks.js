// recursion through array callbacks: 300 levels of f -> map -> arrow -> f stay below 1000 frames
// (600 JavaScript frames, 900 if the built-in map is counted as a frame too)
function viaMap(n) {
  return n === 0 ? 0 : [n].map((k) => viaMap(k - 1))[0] + 1;
}
function viaReduce(n) {
  return n === 0 ? 0 : [1].reduce((acc, one) => acc + one + viaReduce(n - 1), 0);
}
function tree(depth) {
  return depth === 0 ? { leaf: true } : { kids: [depth].map(() => tree(depth - 1)) };
}
function height(node) {
  return node.leaf === true ? 0 : 1 + Math.max(...node.kids.map(height));
}
console.log(viaMap(300), viaReduce(300), height(tree(300)));
// methods stored in objects call each other without helper frames: 900 levels through an object
const walker = { down: (n) => (n === 0 ? 0 : 1 + walker.down(n - 1)) };
const viaFind = (n) => (n === 0 ? 0 : [n].findIndex((k) => viaFind(k - 1) >= 0) + 1);
console.log(walker.down(900), viaFind(300));
