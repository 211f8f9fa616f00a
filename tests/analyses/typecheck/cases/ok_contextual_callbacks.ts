type Item = { name: string; price: number };
const items: Item[] = [{ name: "a", price: 2 }, { name: "b", price: 1 }];
export function handler(_req: Request): Response {
  const names = items.map((it) => it.name.toUpperCase());
  const cheap = items.filter((it) => it.price < 2);
  const total = items.reduce((sum, it) => sum + it.price, 0);
  const sorted = items.toSorted((a, b) => a.price - b.price);
  const found = items.find((it) => it.name === "a");
  const price: number = found === undefined ? 0 : found.price;
  const pairs = Object.entries({ a: 1 }).map(([k, v]) => `${k}=${v + 1}`);
  return Response.json({ names, cheap, total, sorted, price, pairs });
}
