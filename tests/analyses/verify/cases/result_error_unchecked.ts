// build: --verify
export function handler(req: Request): Response {
  const parsed = JSON.tryParse(req.text());
  if (req.method === "POST") {
    return Response.json({ error: parsed.error }, { status: 400 });
  }
  return Response.json(parsed.ok ? parsed.value : undefined);
}
