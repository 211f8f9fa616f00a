export function handler(_req) {
  const a = Math.max("3", 2);
  const b = parseInt(42);
  const c = "abc".slice("1");
  const d = isNaN("x");
  return Response.json({ a, b, c, d });
}
