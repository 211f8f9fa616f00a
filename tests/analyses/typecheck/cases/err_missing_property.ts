type User = { id: string; name: string };
const u: User = { id: "1" };
export function handler(_req: Request): Response {
  return Response.json(u);
}
