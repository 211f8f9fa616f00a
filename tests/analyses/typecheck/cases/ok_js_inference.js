function helper(a, b) {
  return a + b;
}
export function handler(req) {
  const items = [1, 2, 3].map((x) => x * 2);
  const text = helper(1, 2, 3) + req.path.length;
  return Response.json({ items, text, len: items.length });
}
