const base = { a: 1 };
const merged = { ...base, b: "x" };
const obj = {
  twice(n: number): number {
    return n * 2;
  },
};
export function handler(_req: Request): Response {
  const s: string = merged.a;
  const t: string = obj.twice(2);
  obj.twice("2");
  return Response.json({ s, t });
}
