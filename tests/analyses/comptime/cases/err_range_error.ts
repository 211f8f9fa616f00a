const A = comptime("ab".repeat(-1));
export function handler(_req: Request): Response {
  return Response.json(A);
}
