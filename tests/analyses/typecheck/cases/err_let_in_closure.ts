export function handler(req: Request): Response {
  let name = req.query.name;
  if (name === undefined) {
    return Response.text("none");
  }
  const direct = name.length;
  const later = () => name.length;
  name = "changed";
  return Response.json({ direct, later: later() });
}
