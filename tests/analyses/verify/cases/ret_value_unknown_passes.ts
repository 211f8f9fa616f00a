// build: --verify
function read(req: Request): unknown {
  return req.json();
}
export function handler(req: Request) {
  if (req.path === "/raw") {
    return read(req);
  }
  return Response.text("ok");
}
