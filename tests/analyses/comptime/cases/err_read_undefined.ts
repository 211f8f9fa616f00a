const O = { a: 1 };
const A = comptime(JSON.parse("{}").x.y);
export function handler(_req: Request): Response {
  return Response.json(A);
}
