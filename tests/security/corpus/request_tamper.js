// Request data properties and request headers are read-only.
// expect-status: 500
// expect-error: corpus/request_tamper.js:6:3 TypeError: Headers are immutable
export function attack(req) {
  req.note = "handlers may add their own properties";
  req.headers.set("x-admin", "1");
  return Response.json(req);
}
