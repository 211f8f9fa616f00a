export function handler(req: Request): Response {
  const q = req.query.q;
  if (q !== undefined) {
    if (q) {
      return Response.text(q);
    }
  }
  if (q === undefined) {
    return Response.text("none");
  }
  return q.length > 0 && q ? Response.text("x") : Response.text("y");
}
