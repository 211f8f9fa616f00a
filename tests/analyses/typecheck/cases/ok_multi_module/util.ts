import type { Item, Priced } from "./lib/types";

export function total(items: Priced[]): number {
  return items.reduce((sum, it) => sum + it.price, 0);
}

export function tagsOf(item: Item): string[] {
  return item.tags ?? [];
}

export const CURRENCY = "EUR";

export function pick<T>(items: T[], i: number): T | undefined {
  return items[i];
}
