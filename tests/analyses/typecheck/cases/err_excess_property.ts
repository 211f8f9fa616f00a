type Point = { x: number; y: number };
const p: Point = { x: 1, y: 2, z: 3 };
function draw(pt: Point): number {
  return pt.x;
}
export function handler(_req: Request): Response {
  draw({ x: 1, y: 2, color: "red" });
  return Response.json({ p });
}
