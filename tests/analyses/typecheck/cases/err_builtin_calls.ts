export function handler(req: Request): Response {
  const a = Math.max("1", 2);
  const b = "abc".repeat();
  const c = req.headers.get();
  const d = parseInt(10);
  const e = JSON.tryParse(1);
  return Response.json({ a, b, c, d, e });
}
