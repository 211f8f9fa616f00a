type Point = { x: number; y: number };
const p: Point = { x: 1, y: 2 };
export function handler(req: Request): Response {
  const z = p.z;
  const m = req.headers.nope();
  const l = (5).length;
  const r = Response.nope;
  p.w = 3;
  return Response.json({ z, m, l, r });
}
