export function handler(req: Request): Response {
  const n = req.path.length;
  const ok = n && req.method === "GET";
  const alt = req.method === "GET" || req.query.q;
  return Response.json({ ok, alt });
}
