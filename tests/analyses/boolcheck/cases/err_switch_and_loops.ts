export function handler(req: Request): Response {
  const words = req.path.split("/");
  let count = 0;
  for (const w of words) {
    if (w.length) {
      count += 1;
    }
  }
  switch (req.method) {
    case "GET":
      return Response.text(count ? "some" : "none");
    default:
      return Response.text("other");
  }
}
