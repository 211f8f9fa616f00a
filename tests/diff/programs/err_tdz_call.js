// expect-error: err_tdz_call.js:5:29 ReferenceError: Cannot access 'limit' before initialization
// TDZ at run time: a hoisted function reads a const before its declaration has run
console.log("before");
function check(n) {
  return n < 10 ? "small" : limit;
}
console.log(check(1));
console.log(check(20));
const limit = 100;
console.log("never printed");
