// A loop over a practically endless range is stopped by --timeout-ms: 504, and the worker continues.
// expect-status: 504
// expect-body: Gateway Timeout
// expect-log: handler timed out after 3000 ms
export function attack(req) {
  let n = 0;
  for (const i of range(1e15)) {
    n += i % 7;
  }
  return Response.json(n);
}
