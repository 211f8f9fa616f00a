import { cacheGet } from "zigttp:cache";
import { env } from "zigttp:env";

const BASE = comptime("https://" + "cdn.example.com");
const CFG = comptime({ ns: "assets", api: "https://API.example.com", secret: "ASSET_" + "SECRET" });
const MUTABLE = comptime({ host: "https://mutable.example.com" });
const copy = { ...MUTABLE };

export function handler(req: Request): Response {
  const a = fetchSync(`${BASE}/logo.png`);
  const b = fetchSync(CFG.api + "/v1");
  const c = fetchSync(MUTABLE.host + "/v1");
  return Response.json({ a: a.status, b: b.status, c: c.status, hit: cacheGet(CFG.ns, req.path),
                         secret: env(CFG.secret), copy });
}
