function nested(req: Request): boolean {
  if (req.path === "/nested") {
    return true;
  }
  return false;
}

export function handler(req: Request): Response {
  const path = req.path;
  const { method } = req;
  if (req.path === "/a") {
    return Response.text("a");
  }
  if ("/b" === req.url) {
    return Response.text("b");
  }
  if (req.path.startsWith("/api/")) {
    return Response.text("api");
  }
  if (req.method === "GET" && path === "/c") {
    return Response.text("c");
  }
  if (path === "/d" && method === "DELETE") {
    return Response.text("d");
  }
  if (req.path === "/e" && req.query.x === "1") {
    return Response.text("e");
  }
  if (req.path.startsWith("/noslash")) {
    return Response.text("noslash");
  }
  if (req.method === "GET" && req.method === "POST" && req.path === "/f") {
    return Response.text("f");
  }
  if (nested(req)) {
    return Response.text("nested");
  }
  return Response.text("not found", { status: 404 });
}
