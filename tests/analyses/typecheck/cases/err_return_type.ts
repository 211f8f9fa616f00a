function count(): number {
  return "many";
}
function maybe(flag: boolean): string {
  if (flag) {
    return "yes";
  }
}
const arrow = (x: number): string => x * 2;
function bare(): number {
  return;
}
export function handler(_req: Request): Response {
  return Response.json({ c: count(), m: maybe(true), a: arrow(1), b: bare() });
}
