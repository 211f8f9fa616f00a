const W = comptime("a,b,c".split(",").map((s) => s.toUpperCase()).join("|"));
export function handler(_req: Request): Response {
  return Response.json(W);
}
