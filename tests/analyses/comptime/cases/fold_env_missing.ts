const MODE = comptime(Env.MODE ?? "development");
export function handler(_req: Request): Response {
  return Response.json({ MODE });
}
