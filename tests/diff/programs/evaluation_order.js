// left-to-right evaluation: operands, arguments, computed keys, member targets, short-circuits
const log = [];
const t = (x) => {
  log.push(x);
  return x;
};
const o = { [t("k1")]: t("v1"), [t("k2")]: t("v2") };
t("|");
const arr = [0, 0];
arr[t(1)] = t(5);
t("|");
const sum = t(1) + t(2) * t(3);
t("|");
const args = [t("a"), t("b")].concat(t("c"));
t("|");
const tern = t(true) ? t("yes") : t("no");
console.log(o, arr, sum, args, tern);
console.log(log.join(" "));
const obj = { n: 1 };
function g() {
  obj.n = 100;
  return 10;
}
obj.n += g();
console.log(obj.n);
const cnt = { c: 0 };
const side = () => {
  cnt.c += 1;
  return undefined;
};
console.log(side() ?? "dflt", cnt.c);
function indexFirst() {
  const a2 = [1, 2, 3];
  let i = 0;
  a2[i] = (i = 2);
  return [a2, i];
}
console.log(indexFirst());
function assignInOperand() {
  let x = 1;
  x += (x = 5);
  return x;
}
console.log(assignInOperand());
