export function handler(req: Request): Response {
  const code: number = match (req.method) {
    when "GET": 200
    when "POST": 201
    default: 405
  };
  const r = JSON.tryParse(req.text());
  const value = match (r) {
    when { ok: true }: r.value
    default: r.error
  };
  return Response.json({ code, value });
}
