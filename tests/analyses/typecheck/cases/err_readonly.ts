type P = { readonly id: string; name: string };
const p: P = { id: "1", name: "n" };
const frozen: Readonly<{ a: number }> = { a: 1 };
export function handler(req: Request): Response {
  req.method = "POST";
  req.headers = Headers();
  p.id = "2";
  p.name = "ok";
  frozen.a = 2;
  const r = Response.text("x");
  r.status = 500;
  return r;
}
