const A = comptime(JSON.parse("[".repeat(300) + "]".repeat(300)));

export function handler(_req: Request): Response {
  return Response.json(A);
}
