// There is no constructor chain to a Function constructor: `x.constructor` is undefined for every value,
// so `f.constructor("return process")()` is a call of undefined.
// expect-status: 500
// expect-error: corpus/constructor_escape.js:12:10 TypeError: F is not a function
export function attack(req) {
  const values = [{}, [], "", 0, true, () => 1, Math.max, req, Response, Uint8Array.of(1)];
  const found = values.map((v) => typeof v["constructor"]).filter((t) => t !== "undefined");
  if (found.length > 0) {
    return Response.json({ escaped: found });
  }
  const F = (() => 1)["constructor"];
  return F("return globalThis.process")();
}
