// `fn.call(...)` does not exist: calling it is a TypeError naming the callee.
// expect-status: 500
// expect-error: corpus/method_call_apply.js:7:10 TypeError: map.call is not a function
export function attack(req) {
  const map = [].map;
  const victim = [1, 2];
  return map.call(victim, (x) => x * 2);
}
