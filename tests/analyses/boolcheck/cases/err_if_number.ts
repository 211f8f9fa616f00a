export function handler(_req: Request): Response {
  const count = 42;
  if (count) {
    return Response.text("some");
  }
  return Response.text("none");
}
