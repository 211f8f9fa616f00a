// && || ! on booleans, short-circuit evaluation, logical assignment
const log = [];
function t(name) {
  log.push(name);
  return true;
}
function f(name) {
  log.push(name);
  return false;
}
console.log(t("a") && f("b"), f("c") && t("d"), t("e") || t("f"), f("g") || f("h"), log.join(""));
console.log(!true, !false, !!true, !(1 > 2), !(1 < 2) || !false);
console.log(true && false || true, true || false && false, (true || false) && false);
let a = true;
let b = false;
a &&= false;
b ||= true;
console.log(a, b);
let c = false;
c &&= t("never");
let d = true;
d ||= t("never");
console.log(c, d, log.includes("never"));
const big = [1, 2, 3].every((x) => x > 0) && [1, 2, 3].some((x) => x > 2);
console.log(big, [].every((x) => x > 0), [].some((x) => x > 0));
