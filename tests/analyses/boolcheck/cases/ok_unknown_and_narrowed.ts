export function handler(req: Request): Response {
  const data = req.json();
  if (data) {
    return Response.text("truthy at run time");
  }
  const r = JSON.tryParse(req.text());
  if (r.ok) {
    return Response.json(r.value);
  }
  const maybe: boolean | undefined = req.query.flag === "1" ? true : undefined;
  if (maybe !== undefined && maybe) {
    return Response.text("flag");
  }
  return Response.text("none");
}
