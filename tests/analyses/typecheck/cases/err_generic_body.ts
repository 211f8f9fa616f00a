function broken<T>(x: T): string {
  const s: string = x;
  return s;
}
export function handler(_req: Request): Response {
  return Response.text(broken("a"));
}
