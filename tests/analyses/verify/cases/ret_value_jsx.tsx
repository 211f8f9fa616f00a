// build: --verify
export function handler(req: Request) {
  if (req.path === "/page") {
    return <p>page</p>;
  }
  return Response.html(renderToString(<p>x</p>));
}
