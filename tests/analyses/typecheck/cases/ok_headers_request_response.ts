export function handler(req: Request): Response {
  const h = Headers({ "content-type": "text/plain" });
  h.set("x-one", "1");
  const accept: string | undefined = req.headers.accept;
  const has: boolean = req.headers.has("cookie");
  const r = Response("hi", { status: 201, headers: h });
  const s: number = r.status + (r.ok ? 1 : 0);
  req.params = { id: "1" };
  const copy = Request("/items?id=4", { method: "POST", body: "x" });
  return Response.json({ accept, has, s, q: copy.query.id, keys: h.keys() });
}
