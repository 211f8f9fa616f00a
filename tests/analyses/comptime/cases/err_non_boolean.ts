const N = 1;
const A = comptime(N ? "a" : "b");
const B = comptime([1, 2].filter((n) => n));
const C = comptime(!N);
export function handler(_req: Request): Response {
  return Response.json([A, B, C]);
}
