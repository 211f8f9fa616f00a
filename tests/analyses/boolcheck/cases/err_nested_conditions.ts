export function handler(req: Request): Response {
  const a = req.path.length;
  const b = req.query.b;
  const c = req.method === "GET";
  const r = c ? (a ? "x" : "y") : !(b || c) ? "z" : "w";
  return Response.text(r);
}
