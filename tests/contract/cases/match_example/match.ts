export function handler(req: Request): Response {
  return match (req) {
    when { method: "GET", path: "/health" }: Response.json({ ok: true })
    when { method: "POST", path: "/echo" }: Response.json({ echo: req.json() })
    when { path: "/health" }: Response.text("Method Not Allowed", { status: 405, headers: { allow: "GET" } })
    default: Response.text("Not Found", { status: 404 })
  };
}
