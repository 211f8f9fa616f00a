// build: --verify
export function handler(req: Request): Response {
  let r = JSON.tryParse(req.text());
  if (!r.ok) {
    return Response.text(r.error, { status: 400 });
  }
  const first = r.value;
  r = JSON.tryParse("[1]");
  return Response.json({ first, second: r.value });
}
