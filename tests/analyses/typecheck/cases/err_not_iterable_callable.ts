const n = 5;
const o = { a: 1 };
export function handler(_req: Request): Response {
  for (const x of n) {
    console.log(x);
  }
  for (const k of o) {
    console.log(k);
  }
  const all = [...o];
  n();
  o.a();
  "text"();
  return Response.json({ all });
}
