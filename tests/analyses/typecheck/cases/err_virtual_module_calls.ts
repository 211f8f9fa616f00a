import { sha256 } from "zigttp:crypto";
import { cacheSet, cacheIncr } from "zigttp:cache";
import { routerMatch } from "zigttp:router";
export function handler(req: Request): Response {
  sha256(42);
  cacheSet("ns", "k", 1);
  cacheIncr("ns");
  routerMatch({}, { path: "/" });
  return Response.text("ok");
}
