// Assigning a request's method raises.
// expect-status: 500
// expect-error: corpus/request_tamper_method.js:6:3 TypeError: Cannot assign to read only property 'method'
export function attack(req) {
  const r = req;
  r["method"] = "DELETE";
  return Response.text(req.method);
}
