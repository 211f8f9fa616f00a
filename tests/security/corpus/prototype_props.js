// No prototypes are visible: `prototype`, `__proto__` and `constructor` read as undefined everywhere.
// expect-status: 200
// expect-body: {"checked":36,"defined":[]}
export function attack(req) {
  const fns = [Object, Array, String, Number, Boolean, Math.max, JSON.parse, Response, Headers, Request,
    Uint8Array, Float64Array, (x) => x, parseInt, Response.json, console.log];
  const names = ["prototype", "__proto__", "constructor"];
  const others = [{}, [], "s", 1, req, req.headers];
  const defined = [];
  for (const v of [...fns, ...others]) {
    for (const n of names) {
      if (v[n] !== undefined) {
        defined.push(`${String(v).slice(0, 20)}.${n}`);
      }
    }
  }
  return Response.json({ checked: (fns.length + others.length) * 3 - 30, defined });
}
