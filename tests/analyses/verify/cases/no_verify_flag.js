export function handler(req) {
  const unused = 1;
  if (req.path === "/") {
    return Response.text("a");
  }
}
