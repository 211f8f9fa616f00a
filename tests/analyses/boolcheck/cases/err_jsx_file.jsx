export function handler(req) {
  const n = req.path.length;
  const page = <p>{n ? "some" : "none"}</p>;
  return Response.html(renderToString(page));
}
