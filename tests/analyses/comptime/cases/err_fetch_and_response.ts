const A = comptime(fetchSync("https://x.com/"));
const B = comptime(Response.json(1));
export function handler(_req: Request): Response {
  return Response.json(1);
}
