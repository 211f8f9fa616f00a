const A = comptime(1, 2);
const B = comptime();
export function handler(_req: Request): Response {
  return Response.json([A, B]);
}
