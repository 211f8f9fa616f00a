const A = comptime([1, "a", true, undefined, NaN, -0, Infinity]);
export function handler(_req: Request): Response {
  return Response.json(A);
}
