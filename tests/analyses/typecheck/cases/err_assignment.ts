export function handler(_req: Request): Response {
  let n = 1;
  n = "two";
  let s: string | undefined;
  s = 5;
  const o = { a: 1 };
  o.a = "x";
  return Response.json({ n, s, o });
}
