import { type Item, type Money } from "./lib/types";
import { total, tagsOf, CURRENCY, pick } from "./util";
import { money } from "./format";

const items: Item[] = [{ id: "a", price: 2 }, { id: "b", price: 3, tags: ["x"] }];

export function handler(_req: Request): Response {
  const sum: Money = total(items);
  const first = pick(items, 0);
  const tags: string[] = first === undefined ? [] : tagsOf(first);
  const currency: "EUR" = CURRENCY;
  return Response.json({ sum: money(sum), tags, currency });
}
