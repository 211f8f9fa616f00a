function one(a: number): number {
  return a;
}
function range2(a: number, b?: number): number {
  return a + (b ?? 0);
}
function many(first: string, ...rest: string[]): string {
  return first + rest.join("");
}
function none(): number {
  return 0;
}
export function handler(_req: Request): Response {
  one();
  one(1, 2);
  range2();
  range2(1, 2, 3);
  many();
  none(1);
  return Response.json({ a: one(1), b: range2(1), c: many("a", "b", "c") });
}
