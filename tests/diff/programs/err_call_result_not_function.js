// expect-error: err_call_result_not_function.js:10:13 TypeError: factory(...) is not a function
// calling the result of a call that returned undefined
function factory(kind) {
  if (kind === "ok") {
    return () => "made";
  }
  return undefined;
}
console.log(factory("ok")());
console.log(factory("bad")());
