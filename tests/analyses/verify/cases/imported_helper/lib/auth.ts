import { jwtVerify } from "zigttp:auth";

const unusedInLib = 1;

export function readToken(req: Request): string {
  const r = jwtVerify(req.headers.get("authorization") ?? "", "s");
  return String(r.value);
}
