function Bad(): JSX.Element {
  return "text";
}
export function handler(_req: Request): Response {
  return Response.html(renderToString(<Bad />));
}
