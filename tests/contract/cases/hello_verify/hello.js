export function handler(req) {
  return Response.json({ message: "Hello, World", method: req.method, path: req.path });
  console.log("never");
}
