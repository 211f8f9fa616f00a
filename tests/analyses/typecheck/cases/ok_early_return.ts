export function handler(req: Request): Response {
  const token = req.headers.get("authorization");
  if (token === undefined) {
    return Response.json({ error: "missing" }, { status: 401 });
  }
  const parsed = JSON.tryParse(token);
  if (!parsed.ok) {
    return Response.json({ error: parsed.error }, { status: 400 });
  }
  return Response.json({ token: token.slice(7), value: parsed.value });
}
