export function handler(req: Request): Response {
  const data = req.json();
  const n: number = data;
  const s: string = JSON.parse("1");
  const deep = data;
  return Response.json({ n, s, v: deep });
}
