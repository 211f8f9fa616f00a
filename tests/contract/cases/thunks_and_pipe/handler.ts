import { parallel } from "zigttp:io";
import { cacheStats } from "zigttp:cache";

const STATUS = "https://status.example.com/";

const probe = (): number => fetchSync(STATUS).status;

export function handler(_req: Request): Response {
  const visits = ("visits" |> cacheStats).hits;
  const [a, b] = parallel([probe, () => fetchSync({ url: "https://metrics.example.com/ping" }).status]);
  return Response.json({ a, b, visits, direct: (STATUS |> fetchSync).status });
}
