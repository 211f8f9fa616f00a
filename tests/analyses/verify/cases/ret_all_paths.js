// build: --verify
export function handler(req) {
  if (req.path === "/a") {
    return Response.text("a");
  } else if (req.path === "/b") {
    return "b";
  }
  switch (req.method) {
    case "GET":
      return Response.text("get");
    default:
      return Response.text("other", { status: 405 });
  }
}
