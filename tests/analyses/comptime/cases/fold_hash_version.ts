const V = comptime(hash("styles-v3") + "@" + __VERSION__.length);
export function handler(_req: Request): Response {
  return Response.json(V);
}
