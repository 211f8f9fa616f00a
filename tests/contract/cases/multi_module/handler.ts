import { env } from "zigttp:env";
import { API, TOKEN_VAR } from "./lib/config.ts";
import { load } from "./lib/client.ts";
import { sha256 } from "zigttp:crypto";

export function handler(req: Request): Response {
  const token = env(TOKEN_VAR) ?? "";
  return Response.json({ data: load(req.query.id ?? "1"), sig: sha256(token), api: API });
}
