const stock: Record<string, number> = { apples: 3, pears: 0 };
export function handler(_req: Request): Response {
  const lines: string[] = [];
  for (const [name, count] of Object.entries(stock)) {
    lines.push(`${name}: ${count + 1}`);
  }
  for (const key of Object.keys(stock)) {
    lines.push(key.toUpperCase());
  }
  const total = Object.values(stock).reduce((a, b) => a + b, 0);
  return Response.json({ lines, total });
}
