const { a, b: [x, ...rest], c = 7 } = { a: 1, b: [2, 3, 4], c: undefined };
const [p, q = "d"] = "h!";
const V = comptime([a, x, rest, c, p, q]);
const { n } = JSON.parse("{}").missing;
const Z = comptime(n);

export function handler(_req: Request): Response {
  return Response.json({ V, Z });
}
