import { handler } from "./impl.ts";
import { env } from "zigttp:env";

const GREETING = env("GREETING");

export function unused(): string | undefined {
  return GREETING;
}
