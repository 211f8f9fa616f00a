export function handler(req: Request): Response {
  const name = req.query.name ?? "anon";
  let limit: number | undefined;
  limit ??= 10;
  const header = req.headers.get("x") ?? "";
  return Response.json({ name, limit, header });
}
