function double(n: number): number {
  return n * 2;
}
const A = comptime(double(2));
export function handler(_req: Request): Response {
  return Response.json(A);
}
