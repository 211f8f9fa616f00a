// build: --verify
export function handler(req) {
  switch (req.method) {
    case "GET":
      return Response.text("get");
    case "POST":
      return Response.text("post");
  }
}
