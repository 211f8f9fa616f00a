// optional calls: f?.() when f is undefined, o.m?.(), o?.m(), arguments not evaluated when skipped
const obj = {
  greet: (name) => `hi ${name}`,
  nested: { fn: () => "nested" },
};
let nothing;
const order = [];
function arg(v) {
  order.push(v);
  return v;
}
console.log(obj.greet?.("ann"), obj.absent?.(arg("skipped")), nothing?.(arg("skipped2")), order);
console.log(obj.nested?.fn?.(), obj.nested?.absent?.(), nothing?.nested.fn());
console.log(obj?.greet("bob"), obj?.["greet"]?.("cy"));
const maybeFns = [(x) => x + 1, undefined, (x) => x * 10];
console.log(maybeFns.map((f) => f?.(5)));
const fn = obj.greet;
console.log(fn?.("dee"), typeof obj.absent?.());
const s = "hello";
console.log(s.toUpperCase?.(), s.nope?.(), [1, 2].includes?.(2));
const chain = { a: () => ({ b: () => undefined }) };
console.log(chain.a().b()?.c, chain.a?.().b?.()?.c?.());
