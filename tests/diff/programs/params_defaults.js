// default parameters: call-time evaluation, closures over earlier parameters, fresh objects each call
function f(a, b = a * 2, c = a + b) {
  return [a, b, c];
}
console.log(f(1), f(1, 1), f(1, undefined, 0), f(undefined), f());
const state = { counter: 0 };
function next() {
  state.counter += 1;
  return state.counter;
}
function g(x = next()) {
  return x;
}
console.log(g(), g(), g(10), g(undefined), state.counter);
function fresh(list = []) {
  list.push(list.length);
  return list;
}
console.log(fresh(), fresh(), fresh([9]));
function lazy(a, get = () => a) {
  a = "changed";
  return get();
}
console.log(lazy("orig"));
const arrow = (x = "dx", y = `${x}!`) => x + y;
console.log(arrow(), arrow("a"), arrow("a", "b"), arrow(undefined, "b"));
function lengths(a, b = 1, c) {
  return a;
}
console.log(lengths.length, arrow.length, f.length, g.length);
function useFn(cb = (v) => v * 3) {
  return cb(7);
}
console.log(useFn(), useFn((v) => -v));
function falsy(a = "default") {
  return a;
}
console.log(falsy(0), falsy(""), falsy(false), falsy(NaN), falsy(undefined));
