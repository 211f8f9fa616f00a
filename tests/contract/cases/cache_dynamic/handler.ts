import { cacheGet, cacheSet } from "zigttp:cache";

export function handler(req: Request): Response {
  const tenant = req.query.tenant ?? "default";
  cacheSet("audit", tenant, "seen");
  return Response.text(cacheGet(`tenant-${tenant}`, "profile") ?? "none");
}
