const call = fetchSync;

export function handler(req) {
  const a = call("https://proven.example.com/");
  const b = fetchSync(req.query.url);
  const c = fetchSync("https://base.example.com/", { ...req.query });
  const d = fetchSync("https://one.example.com/", { url: "https://two.example.com/" });
  return Response.json([a.status, b.status, c.status, d.status]);
}
