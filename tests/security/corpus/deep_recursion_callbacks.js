// Recursion through built-in callbacks (map, reduce, sort comparators) and object methods is bounded too.
// expect-status: 500
// expect-error-prefix: corpus/deep_recursion_callbacks.js:
const tree = {
  walk: (n) => [n].map((k) => [k].reduce((acc, v) => acc + tree.walk(v + 1), 0))[0],
};
export function attack(req) {
  return Response.json(tree.walk(0));
}
