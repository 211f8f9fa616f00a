export function handler(req: Request): Response {
  const path = req.path ?? "/";
  const n = req.path.length ?? 0;
  let s = "x";
  s ??= "y";
  const maybe = req.query.q ?? "q";
  return Response.json({ path, n, s, maybe });
}
