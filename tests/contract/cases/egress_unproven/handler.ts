export function handler(req: Request): Response {
  const host = req.query.host ?? "example.com";
  const a = fetchSync("https://" + host + "/x");
  const b = fetchSync(`https://static.example.com${req.path}`);
  return Response.json([a.status, b.status]);
}
