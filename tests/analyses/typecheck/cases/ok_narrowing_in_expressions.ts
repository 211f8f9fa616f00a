type Res = { ok: true; value: string } | { ok: false; error: string };
function text(r: Res): string {
  return r.ok ? r.value : r.error;
}
function size(v: string | string[] | undefined): number {
  return v === undefined ? 0 : typeof v === "string" ? v.length : v.length;
}
function both(a: string | undefined, b: string | undefined): string {
  if (a === undefined || b === undefined) {
    return "";
  }
  return a + b;
}
export function handler(req: Request): Response {
  const q = req.query.q;
  const long = q !== undefined && q.length > 3;
  return Response.json({ t: text({ ok: true, value: "v" }), s: size(q), b: both(q, req.body), long });
}
