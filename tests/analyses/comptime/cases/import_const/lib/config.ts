import { BASE } from "./base.ts";

export const PREFIX = BASE + "/img";
export const SIZES = comptime([16, 32, 64].filter((n) => n > 16));
export function unused(): number {
  return 1;
}
