// Functions are read-only: adding a property to a module-level function raises.
// expect-status: 500
// expect-error: corpus/frozen_module_function.js:8:3 TypeError: Cannot modify module-level state during a request
function helper(x) {
  return x;
}
export function attack(req) {
  helper.cache = { poisoned: true };
  return Response.json(helper(1));
}
