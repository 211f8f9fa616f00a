export function handler(req: Request): Response {
  const body = req.body;
  const len = body.length;
  const q = req.query.name.trim();
  const found = [1, 2].find((x) => x > 1);
  const fixed = found.toFixed(2);
  const fn: (() => string) | undefined = undefined;
  const called = fn();
  return Response.json({ len, q, fixed, called });
}
