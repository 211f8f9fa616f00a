const E = comptime(Object.entries({ a: 1, b: 2 }).map(([k, v]) => `${k}=${v}`));
export function handler(_req: Request): Response {
  return Response.json(E);
}
