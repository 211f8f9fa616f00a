// build: --verify
import { jwtVerify } from "zigttp:auth";

function claims(token: string): unknown {
  const r = jwtVerify(token, "s");
  return r.value;
}

function notCalled(token: string): unknown {
  const r = jwtVerify(token, "s");
  return r.value;
}

export function handler(req: Request): Response {
  return Response.json([req.path].map((p) => claims(p)));
}
