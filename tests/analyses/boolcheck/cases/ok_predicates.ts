type Item = { name: string; price: number; active: boolean };
const items: Item[] = [{ name: "a", price: 1, active: true }];
function isCheap(it: Item): boolean {
  return it.price < 2;
}
export function handler(_req: Request): Response {
  const active = items.filter((it) => it.active);
  const cheap = items.some(isCheap);
  const all = items.every((it) => {
    if (it.price > 100) {
      return false;
    }
    return it.name.length > 0;
  });
  const idx = items.findIndex((it) => it.name === "a");
  return Response.json({ active, cheap, all, idx });
}
