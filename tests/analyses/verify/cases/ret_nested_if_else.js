// build: --verify
export function handler(req) {
  if (req.method === "GET") {
    return Response.text("get");
  } else {
    if (req.path === "/x") {
      return Response.text("x");
    }
  }
}
