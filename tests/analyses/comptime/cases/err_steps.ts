const A = comptime(Array.from(range(6000000)).map((n) => n + 1).length);
export function handler(_req: Request): Response {
  return Response.json(A);
}
