export function handler(req) {
  const count = 42;
  if (count) {
    return Response.text("count");
  }
  if (req.body) {
    return Response.text(req.body);
  }
  const items = [1, 2].filter((n) => n % 2);
  return Response.json({ items, empty: !req.path });
}
