const A = comptime(Math.random());
export function handler(_req: Request): Response {
  return Response.json(A);
}
