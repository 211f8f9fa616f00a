// Functions expose only `name` and `length`: call/apply/bind/caller/arguments and Python's function
// attributes are absent on user functions, arrows, built-ins, bound methods and factory statics.
// expect-status: 200
// expect-body: {"names":["f","","max","trim","map","json","from","now"],"lengths":[2,1,2,0,1,1,1,0],"defined":[]}
function f(a, b) {
  return a + b;
}
export function attack(req) {
  const fns = [f, [(x) => x][0], Math.max, " a ".trim, [].map, Response.json, Uint8Array.from, performance.now];
  const props = ["call", "apply", "bind", "caller", "arguments", "__self__", "__func__", "__code__", "__globals__",
    "__closure__", "__defaults__", "__wrapped__", "__module__", "__dict__", "toString", "valueOf", "js_length"];
  const defined = [];
  for (const fn of fns) {
    for (const p of props) {
      if (fn[p] !== undefined) {
        defined.push(`${fn.name}.${p}`);
      }
    }
  }
  return Response.json({ names: fns.map((g) => g.name), lengths: fns.map((g) => g.length), defined });
}
