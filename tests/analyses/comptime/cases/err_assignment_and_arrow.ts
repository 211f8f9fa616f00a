const A = comptime((() => 1)());
const B = comptime([1].map(() => () => 2));
export function handler(_req: Request): Response {
  return Response.json([A, B]);
}
