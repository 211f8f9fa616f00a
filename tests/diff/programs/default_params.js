// default parameters: evaluated at call time, only for undefined, may use earlier parameters
const counter = { calls: 0 };
function tick() {
  counter.calls += 1;
  return counter.calls;
}
function f(a, b = a * 2, c = tick()) {
  return [a, b, c];
}
console.log(f(1), f(1, 5), f(1, undefined, 9), f(2, 0, 0), counter.calls);
function g({ x = 1, y = 2 } = {}, [p = "p", q = "q"] = []) {
  return `${x},${y},${p},${q}`;
}
console.log(g(), g({ x: 5 }), g({ y: 7 }, ["P"]), g(undefined, [undefined, "Q"]));
const h = (s = "default", n = s.length) => `${s}:${n}`;
console.log(h(), h("abc"), h("abc", 10), h(""));
function withLen(a, b = 1, c) {
  return c;
}
console.log(withLen.length, f.length, g.length, h.length);
