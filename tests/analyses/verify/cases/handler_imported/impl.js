export function handler(req) {
  if (req.path === "/") {
    return Response.text("root");
  }
}
