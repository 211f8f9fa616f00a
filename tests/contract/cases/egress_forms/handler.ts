const INIT = { method: "GET" };

export function handler(_req: Request): Response {
  const a = fetchSync("https://A.Example.com:8443/x");
  const b = fetchSync({ url: "https://b.example.com", method: "POST", body: "x" });
  const c = fetchSync(Request("https://c.example.com/p?q=1"));
  const d = httpRequest(JSON.stringify({ url: "https://d.example.com/", method: "GET" }));
  const e = fetchSync("https://user:secret@e.example.com/login");
  const f = fetchSync("http://f.example.com?q=1");
  const g = fetchSync("https://g.example.com#top", INIT);
  const h = httpRequest('{"url":"https://h.example.com/status"}');
  const again = fetchSync("https://a.example.com/other");
  return Response.json({ a: a.status, b: b.status, c: c.status, d, e: e.status, f: f.status, g: g.status, h,
                         again: again.status });
}
