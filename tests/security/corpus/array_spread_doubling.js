// Doubling an array by spreading it into itself runs out of room: RangeError (or the timeout first: 504).
// expect-status: 500|504
// expect-error-prefix: corpus/array_spread_doubling.js:
export function attack(req) {
  let a = [1, 2, 3, 4];
  for (const i of range(64)) {
    a = [...a, ...a];
  }
  return Response.json(a.length);
}
