// Globals and their members are read-only: replacing JSON.parse through globalThis raises.
// expect-status: 500
// expect-error: corpus/globals_tamper.js:7:3 TypeError: Cannot assign to read only property 'parse' of object 'JSON'
export function attack(req) {
  const g = globalThis;
  const name = "JSON";
  g[name]["parse"] = (s) => "hijacked";
  return Response.text(JSON.parse('"ok"'));
}
