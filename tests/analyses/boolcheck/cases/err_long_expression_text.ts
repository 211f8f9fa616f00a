export function handler(req: Request): Response {
  if (req.headers.get("x-some-very-long-header-name")) {
    return Response.text("long");
  }
  return Response.text("short");
}
