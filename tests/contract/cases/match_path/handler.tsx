const ABOUT = "/about";

export function handler(req: Request): Response {
  const page = match (req.path) {
    when "/": <h1>Home</h1>
    when "/about": <h1>About</h1>
    default: <h1>Not found</h1>
  };
  const api = match (req) {
    when { url: "/api?v=1", method: "GET" }: "v1"
    when { path: "/x", query: { id: "1" } }: "extra keys"
    when { path: "/y", url: "/y" }: "both"
    when { method: "POST" }: "no path"
    default: "none"
  };
  return Response.html(renderToString(<main>{page}<p>{api}</p></main>) + ABOUT);
}
