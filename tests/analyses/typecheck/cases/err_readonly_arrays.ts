const xs: readonly number[] = [1, 2];
const ys: ReadonlyArray<string> = ["a"];
const t: readonly [string, number] = ["a", 1];
export function handler(_req: Request): Response {
  xs.push(3);
  xs[0] = 5;
  const copy: number[] = xs;
  const sorted = xs.toSorted((a, b) => a - b);
  return Response.json({ ys, t, copy, sorted, first: ys[0].length });
}
