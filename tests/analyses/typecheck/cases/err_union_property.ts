function f(v: string | number): number {
  return v.length;
}
type A = { a: number };
type B = { b: string };
function g(v: A | B): number | undefined {
  return v.a;
}
export function handler(_req: Request): Response {
  return Response.json({ f: f(1), g: g({ a: 1 }) });
}
