// build: --define MODE=production
const MODE = comptime(Env.MODE ?? "development");
const B = comptime(Env["MODE"] === "production");
export function handler(_req: Request): Response {
  return Response.json({ MODE, B });
}
