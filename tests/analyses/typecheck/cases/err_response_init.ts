export function handler(_req: Request): Response {
  const a = Response.json({ ok: true }, { status: "200" });
  const b = Response.text("x", { headers: { "x-count": 1 } });
  const c = Response.json({}, { stauts: 404 });
  return a;
}
