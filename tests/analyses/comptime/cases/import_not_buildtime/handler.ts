import { LIMIT, twice } from "./limits.ts";

const A = comptime(LIMIT + 1);
const B = comptime(twice(2));

export function handler(_req: Request): Response {
  return Response.json([A, B]);
}
