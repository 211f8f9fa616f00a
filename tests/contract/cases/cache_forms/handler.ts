import { cacheGet, cacheSet, cacheDelete, cacheIncr, cacheStats } from "zigttp:cache";

const NS = "sessions";

export function handler(req: Request): Response {
  const key = req.query.key ?? "k";
  cacheSet(NS, key, "v", 60);
  const hits = cacheIncr(`${NS}-hits`, key);
  cacheDelete("sessions", key);
  const all = cacheStats();
  const one = cacheStats("metrics");
  return Response.json({ value: cacheGet(NS, key), hits, all, one });
}
