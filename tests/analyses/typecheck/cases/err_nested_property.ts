type Config = { server: { port: number; host: string } };
const c: Config = { server: { port: "80", host: "h" } };
const list: { id: number }[] = [{ id: 1 }, { id: "2" }];
export function handler(_req: Request): Response {
  return Response.json({ c, list });
}
