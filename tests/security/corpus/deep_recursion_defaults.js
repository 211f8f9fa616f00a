// A default parameter that calls its own function recurses without bound: RangeError, not a crash.
// expect-status: 500
// expect-error-prefix: corpus/deep_recursion_defaults.js:
function f(x = f()) {
  return x;
}
export function attack(req) {
  return Response.json(f());
}
