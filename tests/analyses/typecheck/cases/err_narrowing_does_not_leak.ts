export function handler(req: Request): Response {
  const name = req.query.name;
  if (name !== undefined) {
    console.log(name.length);
  }
  const after = name.length;
  let v: string | undefined = req.body;
  if (v !== undefined) {
    v = req.query.other;
    console.log(v.length);
  }
  return Response.json({ after });
}
