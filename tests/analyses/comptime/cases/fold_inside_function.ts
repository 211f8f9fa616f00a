export function handler(_req: Request): Response {
  const n = 3;
  const list = comptime([n, n * 2]);
  return Response.json(list);
}
