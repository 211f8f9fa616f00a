const API = "https://api.example.com";
const V2 = API + "/v2";

export function handler(req: Request): Response {
  const id = req.query.id ?? "1";
  const a = fetchSync(`${API}/v1/${id}`);
  const b = fetchSync(V2 + "/items/" + id);
  const c = fetchSync("https://search.example.com/?q=" + id);
  const d = fetchSync(`https://files.example.com#${id}`);
  return Response.json([a.status, b.status, c.status, d.status]);
}
