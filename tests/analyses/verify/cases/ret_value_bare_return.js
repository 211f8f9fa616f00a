// build: --verify
export function handler(req) {
  if (req.path === "/none") {
    return;
  }
  return Response.text("x");
}
