// build: --verify
import { jwtVerify } from "zigttp:auth";

export function handler(req: Request): Response {
  const auth = jwtVerify(req.headers.get("authorization") ?? "", "secret");
  return Response.json({ claims: auth.value });
}
