// build: --verify
export function handler(req) {
  if (req.path === "/") {
    return Response.text("a");
    function later() {
      return 1;
    }
    Response.text(String(later()));
  }
  return Response.text("b");
  Response.text("never");
}
