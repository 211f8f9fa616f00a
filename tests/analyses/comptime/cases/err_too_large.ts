const A = comptime("x".repeat(1100000));
export function handler(_req: Request): Response {
  return Response.json(A.length);
}
