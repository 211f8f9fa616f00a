export function handler(req: Request): Response {
  if (req.body) {
    return Response.text(req.body);
  }
  return Response.text("empty");
}
