export function handler(req: Request): Response {
  const name = req.query.name;
  if (name === undefined) {
    return Response.text("anonymous");
  }
  const shout = () => name.toUpperCase();
  return Response.text([1, 2].map((i) => name.repeat(i)).join(",") + shout());
}
