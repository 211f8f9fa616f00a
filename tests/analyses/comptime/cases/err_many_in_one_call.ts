let a = 1;
let b = 2;
const A = comptime(a + Math.random() + b);
export function handler(_req: Request): Response {
  return Response.json(A);
}
