import { env } from "zigttp:env";

export const LIMIT = env("LIMIT");
export function twice(n: number): number {
  return n * 2;
}
