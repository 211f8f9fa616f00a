// function name inference: declarations, const arrows, object keys, computed keys, defaults, methods
function decl() {
  return 1;
}
const arrow = () => 1;
let later;
later = (x) => x;
const obj = {
  prop: () => 1,
  method(a, b) {
    return a + b;
  },
  "quoted key": () => 2,
  [`comp${"uted"}`]: () => 3,
  5: () => 4,
  nested: { inner: (z) => z },
};
const { dflt = () => 5 } = {};
const [adflt = () => 6] = [];
function withDefault(cb = () => 7) {
  return cb.name;
}
const anon = [() => 8][0];
const viaReturn = (() => () => 9)();
console.log(decl.name, arrow.name, later.name, obj.prop.name, obj.method.name, obj["quoted key"].name);
console.log(obj.computed.name, obj[5].name, obj.nested.inner.name, dflt.name, adflt.name, withDefault());
console.log(JSON.stringify(anon.name), JSON.stringify(viaReturn.name));
console.log(Math.max.name, JSON.stringify.name, parseInt.name, "x".trim.name, [].map.name);
console.log(decl.length, arrow.length, later.length, obj.method.length, Math.max.length, [].reduce.length);
console.log(decl, arrow, obj.method, anon, Math.max, [decl, arrow], { f: obj.prop });
const renamed = decl;
console.log(renamed.name, typeof renamed);
const k = "dyn";
const methods = { [k + 1](x) { return x; }, [k + 2]: (y) => y, [3 + 4]: () => 0 };
console.log(Object.values(methods).map((f) => f.name), methods);
let lazyFn;
lazyFn ??= () => "lazy";
const holder = {};
holder.assigned = () => 1;
console.log(lazyFn.name, holder.assigned.name, JSON.stringify(holder.assigned.name));
