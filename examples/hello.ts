// The smallest zigttp handler: answers every request with JSON.
export function handler(req: Request): Response {
  return Response.json({ message: "Hello, World", method: req.method, path: req.path });
}
