const double = (xs: number[]): number[] => xs.map((x) => x * 2);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export function handler(req: Request): Response {
  const n = Number(req.query.n ?? "5");
  const total = [...range(1, n + 1)] |> double |> sum;
  const bytes = Uint8Array.from(range(250, 260));
  const labels: string[] = [];
  for (const i of range(3)) {
    labels.push(`item-${i}`);
  }
  return Response.json({ n, total, bytes: Array.from(bytes), labels, third: 1 / 3 });
}
