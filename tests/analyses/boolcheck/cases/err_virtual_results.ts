import { cacheIncr, cacheGet } from "zigttp:cache";
import { env } from "zigttp:env";
export function handler(_req: Request): Response {
  if (cacheIncr("a", "b")) {
    return Response.text("counted");
  }
  if (cacheGet("a", "c")) {
    return Response.text("cached");
  }
  return env("DEBUG") ? Response.text("debug") : Response.text("plain");
}
