// hoisted declarations: calls before the declaration, later declarations replacing nothing, nested scopes
console.log(a(), b());
function a() {
  return "a" + b();
}
function b() {
  return "b";
}
const c = () => "arrow (not hoisted)";
console.log(c(), outer());
function outer() {
  return inner1() + inner2();
  function inner1() {
    return 1;
  }
  function inner2() {
    return inner1() + 1;
  }
}
function recursiveBefore(n) {
  return n === 0 ? [] : [...recursiveBefore(n - 1), helper(n)];
}
function helper(x) {
  return x * x;
}
console.log(recursiveBefore(5), typeof helper, helper.name, recursiveBefore.length);
