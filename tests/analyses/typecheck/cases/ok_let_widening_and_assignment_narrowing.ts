export function handler(req: Request): Response {
  let mode = "a";
  mode = "b";
  let maybe: string | undefined = req.query.q;
  maybe = "fixed";
  const upper: string = maybe.toUpperCase();
  let count;
  count = 3;
  return Response.json({ mode, upper, count });
}
