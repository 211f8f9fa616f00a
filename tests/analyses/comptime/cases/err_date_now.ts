const A = comptime(Date.now());
const B = comptime(performance.now());
export function handler(_req: Request): Response {
  return Response.json([A, B]);
}
