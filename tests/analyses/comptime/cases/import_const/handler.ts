import { PREFIX, SIZES } from "./lib/config.ts";

const ROUTES = comptime(SIZES.map((n) => `${PREFIX}/${n}`));

export function handler(_req: Request): Response {
  return Response.json(ROUTES);
}
