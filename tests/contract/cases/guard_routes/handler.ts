export function handler(req: Request): Response {
  if (!req.url.startsWith("/v1/")) {
    return Response.text("bad version", { status: 404 });
  }
  if (req.method !== "PUT" || "/v1/items" !== req.url) {
    if (req.path !== "/v1/other") {
      return Response.text("no", { status: 404 });
    }
  }
  if (req.path !== "/v1/never") {
    console.log("not a guard: the branch does not return");
  }
  if (req.method !== "POST" || req.path !== "/v1/notes") {
    return Response.text("not found", { status: 404 });
  }
  return Response.text("created", { status: 201 });
}
