export function handler(req: Request): Response {
  let count = req.path.length;
  count &&= 1;
  let label = req.path;
  label ||= "root";
  return Response.json({ count, label });
}
