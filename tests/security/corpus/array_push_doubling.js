// push(...a) onto itself doubles the array each time: RangeError when memory runs out (or the timeout
// first: 504).
// expect-status: 500|504
// expect-error-prefix: corpus/array_push_doubling.js:
export function attack(req) {
  const a = [1, 2, 3, 4];
  for (const i of range(64)) {
    a.push(...a);
  }
  return Response.json(a.length);
}
