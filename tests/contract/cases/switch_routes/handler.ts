const HEALTH = "/health";

export function handler(req: Request): Response {
  const url = req.url;
  switch (req.path) {
    case "/":
    case HEALTH:
      return Response.text("ok");
    case `/status`:
      return Response.text("status");
    default:
      return fallback(req);
  }
  switch (url) {
    case "/legacy?x=1":
      return Response.text("legacy");
    case req.query.dynamic ?? "/none":
      return Response.text("dynamic label");
  }
  return Response.text("unreachable in practice");
}

function fallback(req: Request): Response {
  switch (req.path) {
    case "/inside-helper":
      return Response.text("helper switches are not routes");
    default:
      return Response.text("not found", { status: 404 });
  }
}
