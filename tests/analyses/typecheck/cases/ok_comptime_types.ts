// build: --define MODE=production
const BUILD = comptime({ version: __VERSION__, mode: Env.MODE ?? "dev" });
const SIZE = comptime(2 + 3);
export function handler(_req: Request): Response {
  const mode: string = BUILD.mode;
  const size: number = SIZE;
  return Response.json({ mode, size, v: BUILD.version.length });
}
