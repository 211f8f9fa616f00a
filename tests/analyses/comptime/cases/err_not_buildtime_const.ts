const STAMP = fetchSync("https://x.com/").status;
const A = comptime(STAMP + 1);
export function handler(_req: Request): Response {
  return Response.json(A);
}
