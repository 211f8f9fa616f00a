export function handler(req: Request): Response {
  const name = req.path;
  return Response.text(name ? name : "none");
}
