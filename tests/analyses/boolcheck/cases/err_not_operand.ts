export function handler(req: Request): Response {
  const items = [1, 2];
  if (!items.length) {
    return Response.text("empty");
  }
  const missing = !req.query.x;
  return Response.json({ missing });
}
