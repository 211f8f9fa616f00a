// user bindings may shadow globals inside their scope
function local() {
  const parseInt = (s) => `custom(${s})`;
  const Math = { max: () => "not the real max" };
  return [parseInt("7"), Math.max(1, 2)];
}
console.log(local(), parseInt("7"), Math.max(1, 2));
function withParams(String, console) {
  return String + console;
}
console.log(withParams(1, 2));
const name = "module-level name";
function inner() {
  const name = "inner name";
  return name;
}
console.log(name, inner());
const items = [1, 2, 3];
function shadowItems(items) {
  return items.length;
}
console.log(shadowItems("abcd"), items.length);
{
  const JSON = { stringify: () => "shadowed" };
  console.log(JSON.stringify({ a: 1 }));
}
console.log(JSON.stringify({ a: 1 }));
