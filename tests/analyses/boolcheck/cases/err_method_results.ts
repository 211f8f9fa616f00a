export function handler(req: Request): Response {
  const s = req.path;
  if (s.indexOf("x")) {
    return Response.text("x");
  }
  if (s.includes("y") && s.at(0)) {
    return Response.text("y");
  }
  return Response.text(req.headers.has("z") || s.trim() ? "z" : "-");
}
