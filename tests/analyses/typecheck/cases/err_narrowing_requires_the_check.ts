type Res = { ok: true; value: string } | { ok: false; error: string };
function get(r: Res): string {
  const v: string = r.value;
  return v;
}
export function handler(req: Request): Response {
  const q = req.query.q;
  const long = q === undefined && q.length > 3;
  return Response.json({ g: get({ ok: false, error: "e" }), long });
}
