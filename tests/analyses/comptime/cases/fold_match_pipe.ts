const K = "b";
const R = comptime(match (K) { when "a": 1 when "b": 2 default: 3 });
const P = comptime(16 |> Math.sqrt);
export function handler(_req: Request): Response {
  return Response.json({ R, P });
}
