import { sha256, base64Decode, randomUUID } from "zigttp:crypto";
import { cacheGet, cacheSet, cacheIncr, cacheStats } from "zigttp:cache";
import { parseBearer, jwtSign, timingSafeEqual } from "zigttp:auth";
import { env } from "zigttp:env";
export function handler(req: Request): Response {
  const hash: string = sha256(req.path);
  const decoded = base64Decode("aGk=");
  const hits: number = cacheIncr("n", "k", 2);
  cacheSet("n", "k", hash, 10);
  const cached: string | undefined = cacheGet("n", "k");
  const stats = cacheStats();
  const token = parseBearer(req.headers.get("authorization"));
  const same = timingSafeEqual(token, env("TOKEN"));
  return Response.json({ hash, decoded, hits, cached, entries: stats.entries, same, id: randomUUID(),
    jwt: jwtSign({ sub: "a" }, "s") });
}
