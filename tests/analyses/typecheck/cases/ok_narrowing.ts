function size(x: string | number | string[] | undefined): number {
  if (x === undefined) {
    return 0;
  }
  if (typeof x === "number") {
    return x;
  }
  if (Array.isArray(x)) {
    return x.length;
  }
  return x.length;
}
type Shape = { kind: "circle"; r: number } | { kind: "square"; side: number };
function area(s: Shape): number {
  if (s.kind === "circle") {
    return s.r * s.r * 3;
  }
  return s.side * s.side;
}
function label(v: string | undefined): string {
  return v !== undefined && v.length > 0 ? v.toUpperCase() : "none";
}
function orDefault(v: string | undefined): string {
  if (v === undefined || v.length === 0) {
    return "empty";
  }
  return v.trim();
}
export function handler(req: Request): Response {
  return Response.json({ a: size(req.body), b: area({ kind: "square", side: 2 }), c: label(req.query.q),
    d: orDefault(req.headers.get("x")) });
}
