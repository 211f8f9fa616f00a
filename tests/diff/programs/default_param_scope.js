// defaults see earlier parameters and outer bindings, not the body's declarations; evaluated each call
const outer = "outer";
function f(a = outer, b = a + "!", c = () => a + b) {
  const outer = "shadowed in body";
  return [a, b, c(), outer];
}
console.log(f(), f("x"), f("x", "y"), f(undefined, "y"));
function counter(start = 0, step = start > 10 ? 10 : 1) {
  return [start, step];
}
console.log(counter(), counter(5), counter(50), counter(50, 2));
function obj({ a = 1, b = a * 2 } = {}, [c = b + 1] = []) {
  return [a, b, c];
}
console.log(obj(), obj({ a: 5 }), obj({ b: 0 }, [undefined]), obj({}, [9]));
const arrowDefaults = (x = [], y = x.length) => [x, y];
console.log(arrowDefaults(), arrowDefaults([1, 2]), arrowDefaults("abc"));
