export function handler(req: Request): Response {
  return Response.text(comptime(req.path));
}
