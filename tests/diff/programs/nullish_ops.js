// ?? returns the left value unless it is undefined; ??= assigns only then; chains and evaluation order
const values = [0, -0, "", false, NaN, undefined, [], {}];
console.log(values.map((v) => v ?? "fallback"));
const order = [];
function t(name, v) {
  order.push(name);
  return v;
}
const r1 = t("a", 1) ?? t("b", 2);
const r2 = t("c", undefined) ?? t("d", undefined) ?? t("e", "E");
console.log(r1, r2, order.join(""));
const o = { a: 0, b: undefined };
o.a ??= t("f", "no");
o.b ??= t("g", "yes");
o.c ??= t("h", "new");
console.log(o, order.join(""));
const arr = [undefined, 1];
arr[0] ??= "filled";
arr[1] ??= "kept";
arr[2] ??= "grown";
console.log(arr);
let x;
const y = (x ??= 5) + 1;
console.log(x, y);
const cfg = { timeout: undefined, retries: 0 };
const timeout = cfg.timeout ?? 30;
const retries = cfg.retries ?? 3;
console.log(timeout, retries, cfg.timeout ?? cfg.retries);
console.log(undefined ?? undefined, (undefined ?? 0) === 0);
