const R = comptime([...range(1, 10, 3)]);
const L = comptime(Array.from(range(4), (x) => x * x));
export function handler(_req: Request): Response {
  return Response.json({ R, L });
}
