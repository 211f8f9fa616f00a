// Unbounded recursion ends with RangeError at 1000 frames; the worker keeps serving.
// expect-status: 500
// expect-error: corpus/deep_recursion.js:5:41 RangeError: Maximum call stack size exceeded
function down(n) {
  return n === -1 ? "unreachable" : 1 + down(n + 1);
}
export function attack(req) {
  return Response.text(String(down(0)));
}
