type A = { a: number };
type B = { b: string };
const ab: A & B = { a: 1 };
const ok: A & B = { a: 1, b: "x" };
export function handler(_req: Request): Response {
  const n: number = ok.b;
  return Response.json({ ab, n });
}
