function twice(f: (n: number) => number): number {
  return f(f(1));
}
export function handler(_req: Request): Response {
  const a = twice((n) => n + 1);
  const b = twice((n, m) => n + m);
  const c = twice((s: string) => s.length);
  const d = twice(() => "x");
  return Response.json({ a, b, c, d });
}
