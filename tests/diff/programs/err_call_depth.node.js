// Node twin of err_call_depth.js: zigttp's limit is 1000 frames (SPEC 3.6)
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
console.log(depth(500), depth(998));
throw new RangeError("Maximum call stack size exceeded");
