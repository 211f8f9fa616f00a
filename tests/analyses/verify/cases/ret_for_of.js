// build: --verify
export function handler(req) {
  for (const part of req.path.split("/")) {
    if (part === "x") {
      return Response.text(part);
    }
  }
}
