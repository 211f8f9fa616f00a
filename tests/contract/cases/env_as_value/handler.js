import { env } from "zigttp:env";

const names = ["A", "B"];

export function handler(req) {
  const values = names.map(env);
  const spread = env(...names);
  return Response.json({ values, spread, c: env("C") });
}
