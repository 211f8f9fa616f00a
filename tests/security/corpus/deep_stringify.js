// JSON.stringify of a structure nested 100000 levels deep: RangeError, not a crash.
// expect-status: 500
// expect-error: corpus/deep_stringify.js:9:24 RangeError: Maximum call stack size exceeded
export function attack(req) {
  let node = { leaf: true };
  for (const i of range(100000)) {
    node = { i, next: node };
  }
  return Response.text(JSON.stringify(node));
}
