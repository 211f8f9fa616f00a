type Item = { name: string };
const items: Item[] = [{ name: "a" }];
export function handler(_req: Request): Response {
  const bad = items.map((it) => it.nmae);
  const sorted = items.sort((a, b) => a.name);
  items.forEach((it: number) => console.log(it));
  return Response.json({ bad, sorted });
}
