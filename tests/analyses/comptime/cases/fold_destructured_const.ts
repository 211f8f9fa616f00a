const { a, b: [x, ...rest], c = 7 } = { a: 1, b: [2, 3, 4], c: undefined };
const [p, q = "d"] = "h!";
const V = comptime([a, x, rest, c, p, q].join(","));

export function handler(_req: Request): Response {
  return Response.text(V);
}
