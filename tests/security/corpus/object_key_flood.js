// Adding keys without bound: the handler is stopped by --timeout-ms (or runs out of memory first).
// expect-status: 504|500
export function attack(req) {
  const o = {};
  for (const i of range(1e12)) {
    o[`key-${i}`] = `value-${i}`;
  }
  return Response.json(Object.keys(o).length);
}
