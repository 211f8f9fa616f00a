// expect-error: err_tdz_closure.js:6:22 ReferenceError: Cannot access 'total' before initialization
// TDZ inside a function body: a closure runs before the let it reads is initialised
function run() {
  const parts = [1, 2, 3];
  console.log(parts.length);
  const show = () => total;
  console.log(typeof show);
  console.log(show());
  let total = 6;
  return total;
}
run();
