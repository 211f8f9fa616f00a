// functions in console output
function named() {}
const arrow = () => 1;
const obj = {
  method() {
    return 1;
  },
  prop: (x) => x,
  ref: named,
};
console.log(named, arrow, obj);
console.log([() => 1, (a, b) => a + b], [named, arrow]);
console.log({ nested: { fns: [named, obj.method] } });
const makers = [1, 2].map((n) => () => n);
console.log(makers, typeof makers[0]);
console.log(Math.max, JSON.parse, console.log, parseInt, [String, Number]);
console.log(`${named}`, String(arrow));
console.log(named.name, arrow.name, obj.method.name, obj.prop.name, makers[0].name === "");
