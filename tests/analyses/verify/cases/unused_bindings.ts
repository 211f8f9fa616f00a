// build: --verify
import { sha256, hmacSha256 } from "zigttp:crypto";

const UNUSED_TOP = 1;
const _private = 2;
export const EXPORTED = 3;
const IN_COMPTIME = "v3";
const USED_IN_CLOSURE = 4;
const FOLDED = comptime(IN_COMPTIME + "!");

function helper(param: number, other: number): number {
  return param;
}

export function handler(req: Request): Response {
  let counter = 0;
  counter = 1;
  const { path, method } = req;
  const [first, ...rest] = path.split("/");
  for (const part of rest) {
    const ignored = part;
  }
  const use = () => USED_IN_CLOSURE;
  return Response.text(sha256(path) + use() + first + FOLDED);
}
