// Built-in methods read as values stay bound to the value they were read from; there is no call/apply to
// point them at another receiver, and calling one with odd arguments gives JS results.
// expect-status: 200
// expect-body: {"map":[],"trim":"a","keys":["a"],"push":2,"arr":[1,2],"get":"b","fromMath":[],"fromConsole":[],"stringify":"{}","string":"function max() { [native code] }","req":"[object Request]"}
export function attack(req) {
  const m = [].map;
  const trim = "  a ".trim;
  const keys = Object.keys;
  const arr = [1];
  const push = arr.push;
  const h = Headers({ a: "b" });
  const get = h.get;
  return Response.json({
    map: m((x) => x), trim: trim(), keys: keys({ a: 1 }), push: push(2), arr, get: get("a"),
    fromMath: Object.keys(Math), fromConsole: Object.entries(console), stringify: JSON.stringify(Math),
    string: String(Math.max), req: String(req),
  });
}
