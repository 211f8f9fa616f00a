export function handler(req: Request): Response {
  const mode = req.method === "GET" ? "read" : "write";
  const code = req.path === "/" ? 200 : 404;
  if (mode) {
    return Response.text("m");
  }
  return code ? Response.text("c") : Response.text("d");
}
