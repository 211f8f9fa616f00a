const M = comptime({ r: Math.round(2.5), m: Math.max(1, 9, 3), j: JSON.stringify({ a: [1, 2] }) });
export function handler(_req: Request): Response {
  return Response.json(M);
}
