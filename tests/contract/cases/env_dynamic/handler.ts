import { env } from "zigttp:env";

const FIXED = "API_KEY";

export function handler(req: Request): Response {
  const name = req.query.name ?? "HOME";
  let mutable = "LET_IS_NOT_CONSTANT";
  mutable = mutable + "_X";
  return Response.json({
    fixed: env(FIXED),
    chosen: env(name),
    viaLet: env(mutable),
    prefixed: env(`APP_${name}`),
  });
}
