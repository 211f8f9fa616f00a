let count = 1;
const A = comptime(count + 1);
export function handler(_req: Request): Response {
  return Response.json(A);
}
