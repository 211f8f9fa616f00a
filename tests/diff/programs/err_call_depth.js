// expect-error: err_call_depth.js:4:28 RangeError: Maximum call stack size exceeded
// recursion deeper than 1000 frames raises RangeError (Node's own stack is deeper; the twin stops at 1000)
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
console.log(depth(500), depth(998));
console.log(depth(5000));
