const double = (xs: number[]): number[] => xs.map((x) => x * 2);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
export function handler(_req: Request): Response {
  const total: number = [...range(1, 4)] |> double |> sum;
  const bytes = Uint8Array.from(range(250, 260));
  const first: number = bytes[0];
  const doubled = bytes.map((b) => b * 2);
  const listed: number[] = Array.from(bytes);
  return Response.json({ total, first, doubled: doubled.length, listed });
}
