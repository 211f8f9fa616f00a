type Config = { server?: { port: number; host?: string } };
function port(c: Config): number {
  return c.server?.port ?? 8080;
}
function host(c: Config): string {
  return c.server?.host?.toLowerCase() ?? "localhost";
}
export function handler(_req: Request): Response {
  return Response.json({ port: port({}), host: host({ server: { port: 1 } }) });
}
