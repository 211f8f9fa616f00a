import { area, unit, type Shape } from "./shapes";

export function handler(_req: Request): Response {
  const s: Shape = { kind: "triangle", size: 1 };
  const a = area({ kind: "circle" });
  const b: number = area(s, 2);
  const n: number = unit.name;
  return Response.json({ a, b, n });
}
