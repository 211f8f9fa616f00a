function len<T extends { length: number }>(x: T): number {
  return x.length;
}
function id<T>(x: T): T {
  return x;
}
export function handler(_req: Request): Response {
  const a = len(42);
  const b: string = id(1);
  const c = id<string>(2);
  return Response.json({ a, b, c });
}
