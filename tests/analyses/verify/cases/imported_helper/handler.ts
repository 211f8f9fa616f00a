// build: --verify
import { readToken } from "./lib/auth.ts";

export function handler(req: Request): Response {
  return Response.text(readToken(req));
}
