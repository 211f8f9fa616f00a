export function handler(req: Request): Response {
  if (req.path === "/hello") {
    return Response.text("hi");
  }
  return Response.text("not found", { status: 404 });
}
