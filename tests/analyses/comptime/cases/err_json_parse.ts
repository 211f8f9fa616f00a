const A = comptime(JSON.parse("{bad"));
export function handler(_req: Request): Response {
  return Response.json(A);
}
