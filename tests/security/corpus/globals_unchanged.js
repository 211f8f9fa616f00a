// The built-ins still work after the tampering attempts.
// expect-status: 200
// expect-order: last
// expect-body: {"parse":"ok","max":2,"json":"function","keys":"function"}
export function attack(req) {
  return Response.json({ parse: JSON.parse('"ok"'), max: Math.max(1, 2), json: typeof Response.json,
    keys: typeof Object.keys });
}
