// && and || on booleans short-circuit; results are booleans; !, nested and mixed with comparisons
const log = [];
function t(name) {
  log.push(name);
  return true;
}
function f(name) {
  log.push(name);
  return false;
}
console.log(t("a") && f("b") && t("c"), log.join(""));
log.length = 0;
console.log(f("a") || t("b") || f("c"), log.join(""));
log.length = 0;
console.log((f("a") && t("b")) || (t("c") && t("d")), log.join(""));
log.length = 0;
console.log(!(t("a") || f("b")), !f("c") && !f("d"), log.join(""));
const xs = [3, -1, 0, 8];
console.log(xs.map((x) => x > 0 && x < 5), xs.map((x) => x < 0 || x > 5), xs.filter((x) => !(x === 0)));
const user = { admin: false, active: true, roles: ["dev"] };
const canDeploy = user.admin || (user.active && user.roles.includes("dev"));
console.log(canDeploy, typeof canDeploy, true && "x".length > 0, false || 1 > 2);
let ok = true;
ok &&= xs.length > 3;
ok ||= f("never");
console.log(ok, log.length);
