const double = (x: number): number => x * 2;
export function handler(_req: Request): Response {
  const a = "s" |> double;
  const b = 1 |> 5;
  return Response.json({ a, b });
}
