const A = comptime("abc".trim);
export function handler(_req: Request): Response {
  return Response.json(1);
}
