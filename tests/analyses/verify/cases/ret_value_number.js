// build: --verify
export function handler(req) {
  if (req.path === "/n") {
    return 42;
  }
  return Response.json({ ok: true });
}
