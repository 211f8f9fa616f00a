// Factories and their statics are read-only.
// expect-status: 500
// expect-error: corpus/factory_tamper.js:6:3 TypeError: Cannot assign to read only property 'json' of function 'function Response() { [native code] }'
export function attack(req) {
  const R = Response;
  R["json"] = () => "hijacked";
  return Response.json({ ok: true });
}
