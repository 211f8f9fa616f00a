import { env as readEnv } from "zigttp:env";

const PREFIX = "APP";
const KEY = PREFIX + "_KEY";
const REGION = `${PREFIX}_REGION`;
const PORT_NAME = `PORT_${8080}`;

export function handler(_req: Request): Response {
  const a = readEnv("DATABASE_URL");
  const b = readEnv(KEY);
  const c = readEnv(REGION);
  const d = readEnv("DATABASE_URL");
  const e = "API_TOKEN" |> readEnv;
  return Response.json({ a, b, c, d, e, port: readEnv(PORT_NAME) });
}
