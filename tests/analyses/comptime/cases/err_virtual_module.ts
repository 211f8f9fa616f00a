import { sha256 } from "zigttp:crypto";
const A = comptime(sha256("x"));
export function handler(_req: Request): Response {
  return Response.json(A);
}
