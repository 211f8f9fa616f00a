function first<T>(items: T[]): T | undefined {
  return items[0];
}
function longest<T extends { length: number }>(a: T, b: T): T {
  return a.length >= b.length ? a : b;
}
function wrap<T = number>(value: T): { value: T } {
  return { value };
}
const n = first([1, 2, 3]);
const s = longest("abc", "de");
const w = wrap<string>("x");
const arr = longest([1], [2, 3]);
export function handler(_req: Request): Response {
  const total: number = (n ?? 0) + s.length + w.value.length + arr.length;
  return Response.json({ total });
}
