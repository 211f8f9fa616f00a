export function handler(req: Request): string {
  const r: Response = req;
  return r;
}
