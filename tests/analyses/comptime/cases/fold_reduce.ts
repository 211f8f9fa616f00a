const S = comptime([1, 2, 3, 4].reduce((acc, n) => acc + n, 0));
export function handler(_req: Request): Response {
  return Response.json({ s: S });
}
