export function handler(req) {
  const a = fetchSync("/relative/path");
  const b = fetchSync("ftp://files.example.com/x");
  const c = fetchSync("https://");
  const d = httpRequest("not json");
  const e = fetchSync({ method: "GET" });
  return Response.json([a.status, b.status, c.status, d, e.status]);
}
